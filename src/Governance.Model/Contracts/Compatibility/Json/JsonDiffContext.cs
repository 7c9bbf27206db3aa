namespace Governance.Model.Contracts.Compatibility.Json;

/// <summary>
/// Collects differences while comparing. A sub-context collects a trial comparison (a union branch, a partially open
/// content model) that is kept only if it turns out compatible; all contexts share the set of node pairs under
/// comparison, so a recursive schema (a $ref back to an enclosing node) is compared once per pair.
/// </summary>
internal sealed class JsonDiffContext
{
    private readonly List<JsonDifference> _differences = [];
    private readonly HashSet<(JsonSchemaNode Original, JsonSchemaNode Update)> _inProgress;

    public JsonDiffContext()
        : this([])
    {
    }

    private JsonDiffContext(HashSet<(JsonSchemaNode, JsonSchemaNode)> inProgress) => _inProgress = inProgress;

    /// <summary>The differences found so far, in order.</summary>
    public IReadOnlyList<JsonDifference> Differences => _differences;

    /// <summary>Whether every difference so far is compatible.</summary>
    public bool IsCompatible => _differences.All(d => d.Type.IsCompatible());

    /// <summary>A context for a trial comparison.</summary>
    public JsonDiffContext Sub() => new(_inProgress);

    public void Add(JsonDifferenceType type, string path, string? original = null, string? update = null) =>
        _differences.Add(new JsonDifference(type, path, original, update));

    public void AddRange(JsonDiffContext other) => _differences.AddRange(other._differences);

    public void AddRange(IEnumerable<JsonDifference> differences) => _differences.AddRange(differences);

    /// <summary>Marks a pair as under comparison; false if it already is (a recursive reference: nothing new to find).</summary>
    public bool Enter(JsonSchemaNode original, JsonSchemaNode update) => _inProgress.Add((original, update));

    public void Leave(JsonSchemaNode original, JsonSchemaNode update) => _inProgress.Remove((original, update));

    /// <summary>The path of a child location: <c>#/</c> + segment at the root, path + <c>/</c> + segment below.</summary>
    public static string Child(string path, string segment) => path == "#/" ? "#/" + segment : path + "/" + segment;
}
