using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Governance.Model.Contracts.Odcs;

/// <summary>
/// Writes a JSON tree as block-style YAML. Strings that a YAML 1.2 or 1.1 reader would take for something else
/// (<c>true</c>, <c>no</c>, <c>1.0</c>, <c>2022-10-03</c>, <c>null</c>) are quoted, multi-line strings are literal
/// blocks, so every reader gets back exactly the values written.
/// </summary>
internal static partial class YamlJsonWriter
{
    public static string Write(JsonNode? root)
    {
        var text = new StringWriter();
        var emitter = new Emitter(text, new EmitterSettings(2, int.MaxValue, false, 1024, indentSequences: false));
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart());
        Emit(emitter, root);
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return text.ToString();
    }

    private static void Emit(IEmitter emitter, JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, true, obj.Count == 0 ? MappingStyle.Flow : MappingStyle.Block));
                foreach (var (name, value) in obj)
                {
                    EmitString(emitter, name);
                    Emit(emitter, value);
                }

                emitter.Emit(new MappingEnd());
                break;
            case JsonArray array:
                emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, true, array.Count == 0 ? SequenceStyle.Flow : SequenceStyle.Block));
                foreach (var item in array)
                {
                    Emit(emitter, item);
                }

                emitter.Emit(new SequenceEnd());
                break;
            case null:
                EmitPlain(emitter, "null");
                break;
            default:
                switch (node.GetValueKind())
                {
                    case JsonValueKind.String:
                        EmitString(emitter, node.GetValue<string>());
                        break;
                    case JsonValueKind.True or JsonValueKind.False:
                        EmitPlain(emitter, node.ToJsonString());
                        break;
                    default:
                        EmitPlain(emitter, node.ToJsonString());
                        break;
                }

                break;
        }
    }

    private static void EmitPlain(IEmitter emitter, string value) =>
        emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, value, ScalarStyle.Plain, true, false));

    private static void EmitString(IEmitter emitter, string value)
    {
        // A literal block normalizes \r\n to \n and other quoting folds NEL, LS and PS: only escapes keep those.
        var style = value.AsSpan().IndexOfAny("\r\u0085\u2028\u2029") >= 0 ? ScalarStyle.DoubleQuoted
            : value.Contains('\n', StringComparison.Ordinal) ? ScalarStyle.Literal
            : NeedsQuotes(value) ? ScalarStyle.DoubleQuoted
            : ScalarStyle.Plain;

        // isPlainImplicit only when plain is safe: the emitter then falls back to quotes, never to a retyped plain scalar.
        emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, value, style, style == ScalarStyle.Plain, true));
    }

    /// <summary>Whether a plain <paramref name="value"/> would be read as something other than this string.</summary>
    internal static bool NeedsQuotes(string value) =>
        value.Length == 0 || value != value.Trim() || NotAString().IsMatch(value);

    // YAML 1.2 core and YAML 1.1 null, booleans, numbers (with _ separators, base prefixes, sexagesimal), infinities,
    // NaN, timestamps, the merge key and the value key.
    [GeneratedRegex(
        @"^(~|null|Null|NULL|y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|<<|=" +
        @"|[-+]?[0-9][0-9_]*(\.[0-9_]*)?([eE][-+]?[0-9]+)?|[-+]?\.[0-9][0-9_]*([eE][-+]?[0-9]+)?|[-+]?0[box][0-9a-fA-F_]+" +
        @"|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)" +
        @"|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ].*)?)$",
        RegexOptions.CultureInvariant)]
    private static partial Regex NotAString();
}
