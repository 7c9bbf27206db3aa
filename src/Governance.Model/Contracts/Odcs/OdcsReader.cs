using System.Text.Json;
using System.Text.Json.Nodes;

namespace Governance.Model.Contracts.Odcs;

/// <summary>
/// Maps a schema-valid ODCS document onto a <see cref="DataContract"/>, collecting every construct that cannot be
/// represented (see the policy on <see cref="OdcsYaml"/>) instead of stopping at the first.
/// </summary>
internal sealed partial class OdcsReader
{
    private static readonly JsonSerializerOptions CompactJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly List<ContractProblem> _problems = [];
    private readonly List<ContractProblem> _notes = [];

    public PathMap Paths { get; } = new();

    public IReadOnlyList<ContractProblem> Problems => _problems;

    public IReadOnlyList<ContractProblem> Notes => _notes;

    /// <summary>The contract, or <see langword="null"/> when <see cref="Problems"/> is not empty.</summary>
    public DataContract? Read(JsonObject root)
    {
        var status = ContractStatus.Draft;
        if (Text(root, "status") is { } statusText)
        {
            if (OdcsNames.ParseStatus(statusText) is { } parsed)
            {
                status = parsed;
                if (!string.Equals(statusText, OdcsNames.Status(parsed), StringComparison.Ordinal))
                {
                    Note("status", $"'{statusText}' is read as {OdcsNames.Status(parsed)}");
                }
            }
            else
            {
                Unsupported("status", $"status '{statusText}' has no place in the contract lifecycle: use draft (also proposed, development), active (also production) or deprecated");
            }
        }

        var description = root["description"] as JsonObject;
        var preserved = Preserve(root, OdcsMembers.Root).ToList();
        if (description is not null)
        {
            preserved.AddRange(Preserve(description, OdcsMembers.Root, "description."));
        }

        var (fields, rules, dataset) = ReadSchema(root["schema"] as JsonArray);
        var levels = ReadServiceLevels(root["slaProperties"] as JsonArray);
        var contract = new DataContract
        {
            Id = Text(root, "id") ?? string.Empty,
            Name = Text(root, "name"),
            Version = Text(root, "version") ?? string.Empty,
            Status = status,
            Domain = Text(root, "domain"),
            Description = description is null ? null : Text(description, "purpose"),
            Usage = description is null ? null : Text(description, "usage"),
            Limitations = description is null ? null : Text(description, "limitations"),
            Tags = Strings(root["tags"]),
            Dataset = dataset,
            Fields = fields,
            QualityRules = rules,
            Servers = ReadServers(root["servers"] as JsonArray),
            Team = ReadTeam(root["team"]),
            ServiceLevels = levels,
            Preserved = preserved.ToValueList(),
        };
        contract = ReadCustomProperties(root["customProperties"] as JsonArray, contract);
        return _problems.Count == 0 ? contract : null;
    }

    private void Unsupported(string path, string message) => _problems.Add(new ContractProblem(ContractProblemKind.Unsupported, path, message));

    private void Invalid(string path, string message) => _problems.Add(new ContractProblem(ContractProblemKind.Invalid, path, message));

    private void Note(string path, string message) => _notes.Add(new ContractProblem(ContractProblemKind.Unsupported, path, message));

    /// <summary>Notes the members of <paramref name="obj"/> outside <paramref name="kept"/> that are dropped on purpose.</summary>
    private void NoteDropped(JsonObject obj, string path, IReadOnlySet<string> kept, string what)
    {
        var dropped = obj.Select(m => m.Key).Where(name => !kept.Contains(name)).ToList();
        if (dropped.Count > 0)
        {
            Note(path, $"{what}; its {string.Join(", ", dropped)} {(dropped.Count == 1 ? "is" : "are")} not kept");
        }
    }

    private static string? Text(JsonObject obj, string name) =>
        obj[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    private static bool? Flag(JsonObject obj, string name) =>
        obj[name] is JsonValue value && value.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? value.GetValue<bool>() : null;

    private static ValueList<string> Strings(JsonNode? node) =>
        node is JsonArray array ? array.OfType<JsonValue>().Select(v => v.ToString()).ToValueList() : [];

    private static string Json(JsonNode? node) => node?.ToJsonString(CompactJson) ?? "null";

    /// <summary>The members of <paramref name="obj"/> that <paramref name="kind"/> does not model, to keep as written.</summary>
    private static IEnumerable<PreservedMember> Preserve(JsonObject obj, OdcsMembers.Member kind, string prefix = "") =>
        obj.Where(member => !kind.IsModeled(prefix + member.Key)).Select(member => new PreservedMember(prefix + member.Key, Json(member.Value)));

    /// <summary>Reads a whole number that fits an <see cref="int"/>; <see langword="null"/> when absent or (after reporting) too large.</summary>
    private int? Integer(JsonNode? node, string path)
    {
        if (node is null)
        {
            return null;
        }

        if (int.TryParse(node.ToJsonString(), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Unsupported(path, $"{node.ToJsonString()} is not a whole number between {int.MinValue} and {int.MaxValue}");
        return null;
    }

    /// <summary>Reads a scalar as a <see cref="ContractValue"/>; <see langword="null"/> (after reporting) for a list, an object or an out-of-range number.</summary>
    private ContractValue? Value(JsonNode? node, string path)
    {
        switch (node)
        {
            case null:
                return ContractValue.Null;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                return ContractValue.Of(value.GetValue<string>());
            case JsonValue value when value.GetValueKind() is JsonValueKind.True or JsonValueKind.False:
                return ContractValue.Of(value.GetValue<bool>());
            case JsonValue value when value.GetValueKind() == JsonValueKind.Number:
                if (decimal.TryParse(value.ToJsonString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number))
                {
                    return ContractValue.Of(number);
                }

                Unsupported(path, $"the number {value.ToJsonString()} is out of range");
                return null;
            default:
                Unsupported(path, "must be a single value (a string, number, boolean or null), not a list or an object");
                return null;
        }
    }
}
