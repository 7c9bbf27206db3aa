using System.Globalization;
using Governance.Web.Data.Entities;

namespace Governance.Web.Catalog;

/// <summary>Compares the flattened fields of two versions by dotted path, so nested fields count on their own.</summary>
public static class DatasetVersionDiffer
{
    public static DatasetVersionDiff Compare(int from, int to, IEnumerable<DatasetField> before, IEnumerable<DatasetField> after)
    {
        var beforeFields = ByPath(before);
        var afterFields = ByPath(after);

        var added = afterFields.Values.OrderBy(f => f.Ordinal).Where(f => !beforeFields.ContainsKey(f.Path)).Select(ToDiffField).ToList();
        var removed = beforeFields.Values.OrderBy(f => f.Ordinal).Where(f => !afterFields.ContainsKey(f.Path)).Select(ToDiffField).ToList();
        var changed = afterFields.Values.OrderBy(f => f.Ordinal)
            .Where(f => beforeFields.TryGetValue(f.Path, out var old) && !SameState(old, f))
            .Select(f => new VersionDiffChange(f.Path, f.Depth, State(beforeFields[f.Path]), State(f)))
            .ToList();

        return new DatasetVersionDiff(Number(from), Number(to), added, removed, changed);
    }

    public static string Number(int version) => version.ToString(CultureInfo.InvariantCulture);

    // Schema order (depth-first) keeps nested fields after their parent in every list. A schema that
    // repeats a name yields a repeated path; the first one stands for it, as in most readers.
    private static Dictionary<string, DatasetField> ByPath(IEnumerable<DatasetField> fields)
    {
        var byPath = new Dictionary<string, DatasetField>(StringComparer.Ordinal);
        foreach (var field in fields.OrderBy(f => f.Ordinal))
        {
            byPath.TryAdd(field.Path, field);
        }

        return byPath;
    }

    private static bool SameState(DatasetField a, DatasetField b) =>
        string.Equals(a.Type, b.Type, StringComparison.Ordinal) && string.Equals(a.Description, b.Description, StringComparison.Ordinal);

    private static VersionDiffFieldState State(DatasetField field) => new(field.Type, field.Description);

    private static VersionDiffField ToDiffField(DatasetField field) =>
        new(field.Path, field.Name, field.Depth, field.Type, field.Description);
}
