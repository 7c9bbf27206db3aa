using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Governance.Model.Contracts.Odcs;

/// <summary>
/// Reads one YAML document into a JSON tree (what the ODCS JSON Schema validates), recording each node's position.
/// Plain scalars are typed by the YAML 1.2 core schema, so <c>2022-10-03</c> stays a string (YAML 1.1 would make it
/// a timestamp) and <c>yes</c> stays a string. Untrusted input is bounded: text size, nesting depth and the number of
/// nodes (aliases are expanded, so an alias bomb hits the node limit instead of exhausting memory).
/// </summary>
internal sealed partial class YamlJsonReader
{
    public const int MaxCharacters = 4_000_000;
    public const int MaxDepth = 64;
    public const int MaxNodes = 250_000;

    private readonly IParser _parser;
    private readonly Dictionary<string, (JsonNode? Node, int Count)> _anchors = new(StringComparer.Ordinal);
    private int _nodes;

    private YamlJsonReader(string text) => _parser = new Parser(new StringReader(text));

    public SourceMap Map { get; } = new();

    /// <summary>Parses <paramref name="text"/>; on failure returns a <see cref="ContractProblemKind.Syntax"/> problem with line and column.</summary>
    public static (JsonNode? Root, SourceMap Map, ContractProblem? Problem) Read(string text)
    {
        if (text.Length > MaxCharacters)
        {
            return (null, new SourceMap(), new ContractProblem(ContractProblemKind.Syntax, string.Empty,
                $"the document has {text.Length} characters; at most {MaxCharacters} are accepted"));
        }

        var reader = new YamlJsonReader(text);
        try
        {
            return (reader.ReadDocument(), reader.Map, null);
        }
        catch (YamlException e)
        {
            return (null, reader.Map, new ContractProblem(ContractProblemKind.Syntax, string.Empty, PositionPrefix().Replace(e.Message, string.Empty),
                (int)e.Start.Line, (int)e.Start.Column));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this (instead of a YamlException) for some truncated input, e.g. an
            // unclosed flow sequence at the end of the text; report it where reading stopped.
            var at = reader._parser.Current?.End ?? Mark.Empty;
            return (null, reader.Map, new ContractProblem(ContractProblemKind.Syntax, string.Empty,
                "the YAML is malformed after this point (an unclosed bracket, brace or quote?)", (int)at.Line, (int)at.Column));
        }
    }

    private JsonNode? ReadDocument()
    {
        _parser.Consume<StreamStart>();
        if (_parser.TryConsume<StreamEnd>(out var end))
        {
            throw new YamlException(end.Start, end.End, "the document is empty");
        }

        _parser.Consume<DocumentStart>();
        var root = ReadNode(string.Empty, 0);
        _parser.Consume<DocumentEnd>();
        if (!_parser.TryConsume<StreamEnd>(out _))
        {
            var next = _parser.Current!;
            throw new YamlException(next.Start, next.End, "only one YAML document is accepted; a second one starts here");
        }

        return root;
    }

    private JsonNode? ReadNode(string path, int depth)
    {
        var current = _parser.Current ?? throw new YamlException("unexpected end of the document");
        if (depth > MaxDepth)
        {
            throw new YamlException(current.Start, current.End, $"the document nests deeper than {MaxDepth} levels");
        }

        Map.Add(path, (int)current.Start.Line, (int)current.Start.Column);
        if (++_nodes > MaxNodes)
        {
            throw new YamlException(current.Start, current.End, $"the document has more than {MaxNodes} nodes (after expanding aliases)");
        }

        var before = _nodes;
        JsonNode? node;
        string? anchor;
        switch (current)
        {
            case AnchorAlias alias:
                _parser.MoveNext();
                if (!_anchors.TryGetValue(alias.Value.Value, out var target))
                {
                    throw new YamlException(alias.Start, alias.End, $"alias *{alias.Value.Value} refers to no anchor");
                }

                _nodes += target.Count;
                if (_nodes > MaxNodes)
                {
                    throw new YamlException(alias.Start, alias.End, $"the document has more than {MaxNodes} nodes (after expanding aliases)");
                }

                return target.Node?.DeepClone();
            case Scalar scalar:
                _parser.MoveNext();
                node = ReadScalar(scalar);
                anchor = scalar.Anchor.IsEmpty ? null : scalar.Anchor.Value;
                break;
            case SequenceStart sequence:
                _parser.MoveNext();
                var array = new JsonArray();
                while (!_parser.TryConsume<SequenceEnd>(out _))
                {
                    array.Add(ReadNode(OdcsPath.Item(path, array.Count), depth + 1));
                }

                node = array;
                anchor = sequence.Anchor.IsEmpty ? null : sequence.Anchor.Value;
                break;
            case MappingStart mapping:
                _parser.MoveNext();
                node = ReadMapping(path, depth);
                anchor = mapping.Anchor.IsEmpty ? null : mapping.Anchor.Value;
                break;
            default:
                throw new YamlException(current.Start, current.End, $"unexpected {current.GetType().Name}");
        }

        if (anchor is not null)
        {
            _anchors[anchor] = (node, _nodes - before);
        }

        return node;
    }

    private JsonObject ReadMapping(string path, int depth)
    {
        var obj = new JsonObject();
        while (!_parser.TryConsume<MappingEnd>(out _))
        {
            if (_parser.Current is not Scalar key)
            {
                var at = _parser.Current!;
                throw new YamlException(at.Start, at.End, "only scalar mapping keys are accepted");
            }

            _parser.MoveNext();
            var memberPath = OdcsPath.Member(path, key.Value);
            if (obj.ContainsKey(key.Value))
            {
                throw new YamlException(key.Start, key.End, $"duplicate key '{key.Value}'");
            }

            Map.Add(memberPath, (int)key.Start.Line, (int)key.Start.Column);
            obj[key.Value] = ReadNode(memberPath, depth + 1);
        }

        return obj;
    }

    private static JsonNode? ReadScalar(Scalar scalar)
    {
        var tag = scalar.Tag.IsEmpty ? null : scalar.Tag.Value;
        if (tag is null && scalar.Style != ScalarStyle.Plain)
        {
            return JsonValue.Create(scalar.Value);
        }

        var value = scalar.Value;
        switch (tag)
        {
            case null:
                return ResolvePlain(scalar, value);
            case "tag:yaml.org,2002:str":
                return JsonValue.Create(value);
            case "tag:yaml.org,2002:null" or "tag:yaml.org,2002:bool" or "tag:yaml.org,2002:int" or "tag:yaml.org,2002:float":
                var resolved = ResolvePlain(scalar, value);
                var kind = resolved?.GetValueKind();
                var matches = tag switch
                {
                    "tag:yaml.org,2002:null" => resolved is null,
                    "tag:yaml.org,2002:bool" => kind is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False,
                    _ => kind == System.Text.Json.JsonValueKind.Number,
                };
                return matches ? resolved : throw new YamlException(scalar.Start, scalar.End, $"'{value}' is not a valid {tag[(tag.LastIndexOf(':') + 1)..]}");
            default:
                throw new YamlException(scalar.Start, scalar.End, $"the YAML tag {tag} is not supported");
        }
    }

    private static JsonNode? ResolvePlain(Scalar scalar, string value)
    {
        if (value is "" or "~" or "null" or "Null" or "NULL")
        {
            return null;
        }

        if (value is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
        {
            return JsonValue.Create(value[0] is 't' or 'T');
        }

        if (IntegerPattern().IsMatch(value))
        {
            return long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) ? JsonValue.Create(l)
                : decimal.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var d) ? JsonValue.Create(d)
                : JsonValue.Create(double.Parse(value, CultureInfo.InvariantCulture));
        }

        if (value.StartsWith("0o", StringComparison.Ordinal) && value.Length > 2 && value[2..].All(c => c is >= '0' and <= '7'))
        {
            return JsonValue.Create(Convert.ToInt64(value[2..], 8));
        }

        if (value.StartsWith("0x", StringComparison.Ordinal) && long.TryParse(value[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hex))
        {
            return JsonValue.Create(hex);
        }

        if (FloatPattern().IsMatch(value))
        {
            return decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? JsonValue.Create(d)
                : JsonValue.Create(double.Parse(value, CultureInfo.InvariantCulture));
        }

        if (SpecialFloatPattern().IsMatch(value))
        {
            throw new YamlException(scalar.Start, scalar.End, $"'{value}' (infinity or not-a-number) has no JSON representation; quote it to mean the text");
        }

        return JsonValue.Create(value);
    }

    [GeneratedRegex("^[-+]?[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex FloatPattern();

    [GeneratedRegex(@"^([-+]?\.(inf|Inf|INF)|\.nan|\.NaN|\.NAN)$", RegexOptions.CultureInvariant)]
    private static partial Regex SpecialFloatPattern();

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\): ", RegexOptions.CultureInvariant)]
    private static partial Regex PositionPrefix();
}
