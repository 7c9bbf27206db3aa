using Governance.Simulator.Scenario;

namespace Governance.Simulator.Generation.Schemas;

/// <summary>
/// Hands out schema ids the way a Confluent registry does: one id per distinct schema (type, text and
/// references), shared by every subject that registers it; new ids count up from 100001 as on Confluent Cloud.
/// </summary>
internal sealed class SchemaIdAllocator
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private int _next = 100_001;

    public int IdFor(string format, string schema, IReadOnlyList<SchemaReferenceScenario> references)
    {
        var key = string.Concat(format, "\n", schema, "\n", string.Join(",", references.Select(r => $"{r.Name}={r.Subject}/{r.Version}")));
        if (!_ids.TryGetValue(key, out var id))
        {
            id = _next++;
            _ids.Add(key, id);
        }

        return id;
    }
}
