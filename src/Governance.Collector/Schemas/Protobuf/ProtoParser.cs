namespace Governance.Collector.Schemas.Protobuf;

/// <summary>
/// A recursive-descent parser for proto2, proto3 and editions files, reading what field extraction needs:
/// package, imports, messages (nested), fields with labels, map fields, <c>oneof</c> members, proto2 groups,
/// enums, comments and the Confluent field options. Services, extensions and other options are parsed only
/// enough to be skipped.
/// </summary>
internal sealed class ProtoParser
{
    private static readonly HashSet<string> Labels = new(StringComparer.Ordinal) { "repeated", "optional", "required" };

    private readonly ExtractionContext _context;
    private readonly string _source;
    private readonly List<ProtoToken> _tokens;
    private readonly List<ProtoComment> _comments;
    private readonly ProtoFile _file;
    private int _position;

    private ProtoParser(ExtractionContext context, string text, string fileName)
    {
        _context = context;
        _source = fileName.Length == 0 ? "" : $"import '{fileName}', ";
        (_tokens, _comments) = ProtoTokenizer.Tokenize(text, Error);
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
        var message = new ProtoMessage { FullName = Qualify(scope, name), Description = LeadingComment(keyword) };
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
        field.Description ??= LeadingComment(firstIndex) ?? TrailingComment(end);
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
        field.Description ??= LeadingComment(firstIndex) ?? TrailingComment(end);
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
        field.Description ??= LeadingComment(firstIndex);
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

    /// <summary><c>[ name = value, ... ]</c> after a field; keeps the Confluent field metadata.</summary>
    private void ParseFieldOptions(ProtoField field)
    {
        if (!Accept("["))
        {
            return;
        }

        do
        {
            var name = ParseOptionName();
            Expect("=", $"'=' after option '{name}'");
            var value = ParseOptionValue();
            ApplyFieldMeta(field, name, value);
        }
        while (Accept(","));

        Expect("]", $"']' or ',' after the options of field '{field.Name}'");
    }

    /// <summary>
    /// Confluent's <c>confluent/meta.proto</c> field options: <c>[(confluent.field_meta).tags = "PII"]</c> or
    /// <c>[(confluent.field_meta) = { tags: ["PII"], doc: "..." }]</c>.
    /// </summary>
    private static void ApplyFieldMeta(ProtoField field, string name, ProtoOptionValue value)
    {
        switch (name)
        {
            case "(confluent.field_meta)":
                foreach (var entry in ((value as ProtoAggregate)?.Entries ?? []).Where(e => e.Key == "tags"))
                {
                    field.Tags.AddRange(Scalars(entry.Value));
                }

                if (Find(value, "doc") is ProtoScalar metaDoc)
                {
                    field.Description = metaDoc.Text;
                }

                break;
            case "(confluent.field_meta).tags":
                field.Tags.AddRange(Scalars(value));
                break;
            case "(confluent.field_meta).doc" when value is ProtoScalar fieldDoc:
                field.Description = fieldDoc.Text;
                break;
        }
    }

    private static IEnumerable<string> Scalars(ProtoOptionValue value) => value switch
    {
        ProtoScalar scalar => [scalar.Text],
        ProtoList list => list.Items.OfType<ProtoScalar>().Select(s => s.Text),
        _ => [],
    };

    private static ProtoOptionValue? Find(ProtoOptionValue value, string key) =>
        value is ProtoAggregate aggregate ? aggregate.Entries.FirstOrDefault(e => e.Key == key).Value : null;

    private (string Name, ProtoOptionValue Value) ParseOptionStatement()
    {
        Next(); // option
        var name = ParseOptionName();
        Expect("=", $"'=' after option '{name}'");
        var value = ParseOptionValue();
        Expect(";", $"';' after option '{name}'");
        return (name, value);
    }

    /// <summary>An option name normalised to e.g. <c>(confluent.field_meta).tags</c> or <c>deprecated</c>.</summary>
    private string ParseOptionName()
    {
        var parts = new List<string>();
        do
        {
            if (Accept("("))
            {
                var extension = ParseTypeName("an option extension name").TrimStart('.');
                Expect(")", $"')' after option '({extension}'");
                parts.Add($"({extension})");
            }
            else
            {
                parts.Add(ExpectIdentifier("an option name"));
            }
        }
        while (Accept("."));

        return string.Join('.', parts);
    }

    private ProtoOptionValue ParseOptionValue()
    {
        var token = Current;
        if (token.Kind == ProtoTokenKind.Symbol && token.Text is "{" or "<")
        {
            Next();
            return ParseAggregate(token.Text == "{" ? "}" : ">");
        }

        if (token.Kind == ProtoTokenKind.Symbol && token.Text == "[")
        {
            Next();
            var items = new List<ProtoOptionValue>();
            while (!Accept("]"))
            {
                items.Add(ParseOptionValue());
                if (!Accept(",") && Current.Text != "]")
                {
                    throw Error(Current, "expected ',' or ']' in a list");
                }
            }

            return new ProtoList(items);
        }

        if (token.Kind == ProtoTokenKind.String)
        {
            // Adjacent string literals concatenate, as in C.
            var text = "";
            while (Current.Kind == ProtoTokenKind.String)
            {
                text += Next().Text;
            }

            return new ProtoScalar(text);
        }

        if (token.Kind == ProtoTokenKind.Symbol && token.Text is "-" or "+")
        {
            Next();
            var number = Current.Kind is ProtoTokenKind.Number or ProtoTokenKind.Identifier
                ? Next()
                : throw Error(Current, $"expected a number after '{token.Text}'");
            return new ProtoScalar(token.Text == "-" ? "-" + number.Text : number.Text);
        }

        if (token.Kind is ProtoTokenKind.Number or ProtoTokenKind.Identifier)
        {
            return new ProtoScalar(ParseTypeName("an option value")); // identifiers may be qualified enum values
        }

        throw Error(token, "expected an option value");
    }

    /// <summary>A text-format message: <c>key: value</c> or <c>key { ... }</c> entries, optionally separated by ',' or ';'.</summary>
    private ProtoAggregate ParseAggregate(string close)
    {
        var entries = new List<KeyValuePair<string, ProtoOptionValue>>();
        while (!Accept(close))
        {
            if (Current.Kind == ProtoTokenKind.End)
            {
                throw Error(Current, $"expected '{close}' to close an option value");
            }

            string key;
            if (Accept("["))
            {
                key = "[" + ParseTypeName("an extension name") + "]";
                Expect("]", "']' after an extension name");
            }
            else
            {
                key = ExpectIdentifier("a field name in an option value");
            }

            var hasColon = Accept(":");
            if (!hasColon && Current.Text is not ("{" or "<"))
            {
                throw Error(Current, $"expected ':' after '{key}' in an option value");
            }

            entries.Add(new(key, ParseOptionValue()));
            _ = Accept(",") || Accept(";");
        }

        return new ProtoAggregate(entries);
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

    /// <summary>
    /// The comment block right above a declaration, as protoc attaches it: comments on their own lines, the last
    /// one ending on the line before the declaration (or on its line, before it), with no blank line in between.
    /// </summary>
    private string? LeadingComment(int firstIndex)
    {
        var first = _tokens[firstIndex];
        var previousEnd = firstIndex == 0 ? 0 : _tokens[firstIndex - 1].End;
        var block = new List<ProtoComment>();
        var expectedEndLine = first.Line;
        for (var i = _comments.Count - 1; i >= 0; i--)
        {
            var comment = _comments[i];
            if (comment.End > first.Start)
            {
                continue;
            }

            if (comment.Start < previousEnd || !comment.OwnLine || comment.EndLine < expectedEndLine - 1)
            {
                break;
            }

            block.Add(comment);
            expectedEndLine = comment.StartLine;
        }

        block.Reverse();
        var text = string.Join(' ', block.Select(c => c.Text).Where(t => t.Length > 0));
        return text.Length == 0 ? null : text;
    }

    /// <summary>A comment after the ';' of a declaration on the same line.</summary>
    private string? TrailingComment(ProtoToken end)
    {
        var next = Current;
        var comment = _comments.FirstOrDefault(c => c.Start >= end.End && c.StartLine == end.Line && c.Start < next.Start);
        return string.IsNullOrEmpty(comment?.Text) ? null : comment.Text;
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
