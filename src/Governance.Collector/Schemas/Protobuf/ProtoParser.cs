namespace Governance.Collector.Schemas.Protobuf;

/// <summary>
/// A recursive-descent parser for proto2, proto3 and editions files, reading what field extraction needs:
/// package, imports, messages (nested), fields with labels, map fields, <c>oneof</c> members, proto2 groups,
/// enums, comments and the Confluent field options. Services, extensions and other options are parsed only
/// enough to be skipped.
/// </summary>
internal sealed partial class ProtoParser
{
    private static readonly HashSet<string> Labels = new(StringComparer.Ordinal) { "repeated", "optional", "required" };

    private readonly ExtractionContext _context;
    private readonly string _source;
    private readonly List<ProtoToken> _tokens;
    private readonly ProtoComments _comments;
    private readonly ProtoFile _file;
    private int _position;

    private ProtoParser(ExtractionContext context, string text, string fileName)
    {
        _context = context;
        _source = fileName.Length == 0 ? "" : $"import '{fileName}', ";
        (_tokens, var comments) = ProtoTokenizer.Tokenize(text, Error);
        _comments = new ProtoComments(_tokens, comments);
        _file = new ProtoFile { Name = fileName };
    }

    /// <summary>Parses one file.</summary>
    /// <param name="context">The extraction (for errors).</param>
    /// <param name="text">The <c>.proto</c> text.</param>
    /// <param name="fileName">The import path, or empty for the subject's own schema.</param>
    /// <exception cref="SchemaParseException">The text is not a valid <c>.proto</c> file; the message names the line and column.</exception>
    public static ProtoFile Parse(ExtractionContext context, string text, string fileName)
    {
        var parser = new ProtoParser(context, text, fileName);
        parser.ParseFile();
        return parser._file;
    }

    private ProtoToken Current => _tokens[_position];

    private ProtoToken PeekAt(int offset) => _tokens[Math.Min(_position + offset, _tokens.Count - 1)];

    private void ParseFile()
    {
        while (Current.Kind != ProtoTokenKind.End)
        {
            if (Accept(";"))
            {
                continue;
            }

            var keyword = Current;
            switch (keyword.Kind == ProtoTokenKind.Identifier ? keyword.Text : "")
            {
                case "syntax" or "edition":
                    Next();
                    Expect("=", $"'=' after '{keyword.Text}'");
                    ExpectString($"the {keyword.Text} string");
                    Expect(";", $"';' after the {keyword.Text}");
                    break;
                case "package":
                    Next();
                    _file.Package = ParseFullIdentifier("the package name");
                    Expect(";", "';' after the package name");
                    break;
                case "import":
                    Next();
                    if (Current.Text is "weak" or "public" && Current.Kind == ProtoTokenKind.Identifier)
                    {
                        Next();
                    }

                    _file.Imports.Add(ExpectString("the import path"));
                    Expect(";", "';' after the import");
                    break;
                case "option":
                    ParseOptionStatement();
                    break;
                case "message":
                    _file.Messages.Add(ParseMessage(_file.Package));
                    break;
                case "enum":
                    _file.Enums.Add(ParseEnum(_file.Package));
                    break;
                case "service":
                    Next();
                    ExpectIdentifier("the service name");
                    SkipBlock("service");
                    break;
                case "extend":
                    Next();
                    ParseTypeName("the extended message");
                    SkipBlock("extend");
                    break;
                default:
                    throw Error(keyword, "expected syntax, package, import, option, message, enum, service or extend");
            }
        }
    }

    private ProtoMessage ParseMessage(string scope)
    {
        var keyword = _position;
        Next(); // message
        var name = ExpectIdentifier("the message name");
        var message = new ProtoMessage { FullName = Qualify(scope, name), Description = _comments.Leading(keyword) };
        Expect("{", $"'{{' after 'message {name}'");
        ParseMessageBody(message, name);
        return message;
    }

    private void ParseMessageBody(ProtoMessage message, string name)
    {
        while (!Accept("}"))
        {
            if (Current.Kind == ProtoTokenKind.End)
            {
                throw Error(Current, $"expected '}}' to close message '{name}'");
            }

            if (Accept(";"))
            {
                continue;
            }

            if (Current.Kind != ProtoTokenKind.Identifier && !(Current.Kind == ProtoTokenKind.Symbol && Current.Text == "."))
            {
                throw Error(Current, $"expected a field or declaration in message '{name}'");
            }

            var opensBlock = PeekAt(2).Text == "{" && PeekAt(2).Kind == ProtoTokenKind.Symbol;
            switch (Current.Text)
            {
                case "message" when opensBlock:
                    message.Messages.Add(ParseMessage(message.FullName));
                    break;
                case "enum" when opensBlock:
                    message.Enums.Add(ParseEnum(message.FullName));
                    break;
                case "oneof" when opensBlock:
                    ParseOneof(message);
                    break;
                case "option" when PeekAt(1).Text != "=":
                    var (optionName, value) = ParseOptionStatement();
                    if (optionName == "(confluent.message_meta)" && Find(value, "doc") is ProtoScalar doc)
                    {
                        message.Description = doc.Text;
                    }

                    break;
                case "reserved" or "extensions" when PeekAt(1).Text != "=":
                    SkipStatement();
                    break;
                case "extend" when PeekAt(1).Text != "=":
                    Next();
                    ParseTypeName("the extended message");
                    SkipBlock("extend");
                    break;
                case "map" when PeekAt(1).Text == "<":
                    message.Fields.Add(ParseMapField());
                    break;
                default:
                    ParseField(message);
                    break;
            }
        }
    }

    private void ParseOneof(ProtoMessage message)
    {
        Next(); // oneof
        var name = ExpectIdentifier("the oneof name");
        Expect("{", $"'{{' after 'oneof {name}'");
        while (!Accept("}"))
        {
            if (Current.Kind == ProtoTokenKind.End)
            {
                throw Error(Current, $"expected '}}' to close oneof '{name}'");
            }

            if (Accept(";"))
            {
                continue;
            }

            if (Current.Text == "option" && PeekAt(1).Text != "=")
            {
                ParseOptionStatement();
                continue;
            }

            // oneof members are ordinary fields of the message (without label) on the wire and in JSON.
            ParseField(message);
        }
    }

    private void ParseField(ProtoMessage message)
    {
        var firstIndex = _position;
        var first = Current;
        var label = Current.Kind == ProtoTokenKind.Identifier && Labels.Contains(Current.Text) && PeekAt(1).Text != "=" ? Next().Text : null;
        if (label is not null && Current.Text == "group" && PeekAt(1).Kind == ProtoTokenKind.Identifier && PeekAt(2).Text == "=")
        {
            ParseGroup(message, firstIndex, label);
            return;
        }

        var type = ParseTypeName("a field type");
        var name = ExpectIdentifier($"the name of a field of type '{type}'");
        Expect("=", $"'=' after field '{name}'");
        ExpectFieldNumber(name);
        var field = new ProtoField { Name = name, Type = type, Repeated = label == "repeated", Line = first.Line };
        ParseFieldOptions(field);
        var end = Expect(";", $"';' after field '{name}'");
        field.Description ??= _comments.Leading(firstIndex) ?? _comments.Trailing(end, Current);
        message.Fields.Add(field);
    }

    private ProtoField ParseMapField()
    {
        var firstIndex = _position;
        var first = Next(); // map
        Expect("<", "'<' after 'map'");
        var keyType = ParseTypeName("the map key type");
        Expect(",", "',' after the map key type");
        var valueType = ParseTypeName("the map value type");
        Expect(">", "'>' after the map value type");
        var name = ExpectIdentifier("the map field name");
        Expect("=", $"'=' after field '{name}'");
        ExpectFieldNumber(name);
        var field = new ProtoField { Name = name, Type = valueType, MapKeyType = keyType, Line = first.Line };
        ParseFieldOptions(field);
        var end = Expect(";", $"';' after field '{name}'");
        field.Description ??= _comments.Leading(firstIndex) ?? _comments.Trailing(end, Current);
        return field;
    }

    /// <summary>proto2 <c>repeated group Result = 1 { ... }</c>: a nested message <c>Result</c> and a field <c>result</c>.</summary>
    private void ParseGroup(ProtoMessage message, int firstIndex, string label)
    {
        var first = _tokens[firstIndex];
        Next(); // group
        var name = ExpectIdentifier("the group name");
        Expect("=", $"'=' after group '{name}'");
        ExpectFieldNumber(name);
        var field = new ProtoField { Name = name.ToLowerInvariant(), Type = name, Repeated = label == "repeated", Line = first.Line };
        ParseFieldOptions(field);
        field.Description ??= _comments.Leading(firstIndex);
        Expect("{", $"'{{' after group '{name}'");
        var group = new ProtoMessage { FullName = Qualify(message.FullName, name) };
        ParseMessageBody(group, name);
        message.Messages.Add(group);
        message.Fields.Add(field);
    }

    private ProtoEnum ParseEnum(string scope)
    {
        Next(); // enum
        var name = ExpectIdentifier("the enum name");
        SkipBlock($"enum {name}"); // values do not matter for field types
        return new ProtoEnum(Qualify(scope, name));
    }

    /// <summary>A possibly dot-prefixed, dotted name: <c>int32</c>, <c>LineItem</c>, <c>.com.retail.Address</c>.</summary>
    private string ParseTypeName(string what)
    {
        var prefix = Accept(".") ? "." : "";
        var parts = new List<string> { ExpectIdentifierOrNumber(what) };
        while (Current.Text == "." && Current.Kind == ProtoTokenKind.Symbol && PeekAt(1).Kind == ProtoTokenKind.Identifier)
        {
            Next();
            parts.Add(Next().Text);
        }

        return prefix + string.Join('.', parts);
    }

    private string ParseFullIdentifier(string what) => ParseTypeName(what).TrimStart('.');

    private void ExpectFieldNumber(string field)
    {
        if (Current.Kind != ProtoTokenKind.Number || ProtoTokenizer.ParseInteger(Current.Text) is null or <= 0)
        {
            throw Error(Current, $"expected a positive field number for field '{field}'");
        }

        Next();
    }

    /// <summary>Skips a balanced <c>{ ... }</c> block (services, extend blocks, enum bodies).</summary>
    private void SkipBlock(string what)
    {
        Expect("{", $"'{{' after '{what}'");
        var depth = 1;
        while (depth > 0)
        {
            var token = Next();
            if (token.Kind == ProtoTokenKind.End)
            {
                throw Error(token, $"expected '}}' to close '{what}'");
            }

            if (token.Kind == ProtoTokenKind.Symbol)
            {
                depth += token.Text == "{" ? 1 : token.Text == "}" ? -1 : 0;
            }
        }
    }

    /// <summary>Skips to the ';' ending a statement (<c>reserved</c>, <c>extensions</c>).</summary>
    private void SkipStatement()
    {
        var start = Current;
        while (!Accept(";"))
        {
            if (Next().Kind == ProtoTokenKind.End)
            {
                throw Error(start, $"expected ';' to end the '{start.Text}' statement");
            }
        }
    }

    private static string Qualify(string scope, string name) => scope.Length == 0 ? name : $"{scope}.{name}";

    private ProtoToken Next()
    {
        var token = Current;
        if (_position < _tokens.Count - 1)
        {
            _position++;
        }

        return token;
    }

    private bool Accept(string symbol)
    {
        if (Current.Kind != ProtoTokenKind.Symbol || Current.Text != symbol)
        {
            return false;
        }

        Next();
        return true;
    }

    private ProtoToken Expect(string symbol, string what) =>
        Current.Kind == ProtoTokenKind.Symbol && Current.Text == symbol ? Next() : throw Error(Current, $"expected {what}");

    private string ExpectIdentifier(string what) =>
        Current.Kind == ProtoTokenKind.Identifier ? Next().Text : throw Error(Current, $"expected {what}");

    private string ExpectIdentifierOrNumber(string what) =>
        Current.Kind is ProtoTokenKind.Identifier or ProtoTokenKind.Number ? Next().Text : throw Error(Current, $"expected {what}");

    private string ExpectString(string what) =>
        Current.Kind == ProtoTokenKind.String ? Next().Text : throw Error(Current, $"expected {what} (a quoted string)");

    private SchemaParseException Error(ProtoToken token, string message) => Error(token.Line, token.Column, $"{message} but found {token}");

    private SchemaParseException Error(int line, int column, string message) => _context.Error($"{_source}line {line}, column {column}: {message}");
}
