namespace Governance.Web.Contracts;

/// <summary>How a line of the newer document relates to the older one.</summary>
public enum LineChange
{
    Same,
    Added,
    Removed,
}

/// <summary>One line of a diff: unchanged, only in the newer document, or only in the older one.</summary>
public sealed record DiffLine(LineChange Change, string Text, int? OldNumber, int? NewNumber);

/// <summary>
/// A line diff of two revisions' documents (longest common subsequence). Exported documents have one fixed layout, so
/// a line diff shows exactly what a revision changed; contracts are a few hundred lines, well within the quadratic table.
/// </summary>
public static class DocumentLineDiff
{
    /// <summary>Documents longer than this (in lines) are compared as wholly replaced rather than line by line.</summary>
    public const int MaxLines = 5000;

    public static IReadOnlyList<DiffLine> Compare(string older, string newer)
    {
        var a = Lines(older);
        var b = Lines(newer);
        if ((long)a.Length * b.Length > (long)MaxLines * MaxLines)
        {
            return [.. a.Select((t, i) => new DiffLine(LineChange.Removed, t, i + 1, null)), .. b.Select((t, i) => new DiffLine(LineChange.Added, t, null, i + 1))];
        }

        // common[i, j]: length of the longest common subsequence of a[i..] and b[j..].
        var common = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                common[i, j] = a[i] == b[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        var lines = new List<DiffLine>(a.Length + b.Length);
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                lines.Add(new DiffLine(LineChange.Same, a[x], x + 1, y + 1));
                x++;
                y++;
            }
            else if (x < a.Length && (y == b.Length || common[x + 1, y] >= common[x, y + 1]))
            {
                // Removals before additions at a change, as diffs are usually read.
                lines.Add(new DiffLine(LineChange.Removed, a[x], x + 1, null));
                x++;
            }
            else
            {
                lines.Add(new DiffLine(LineChange.Added, b[y], null, y + 1));
                y++;
            }
        }

        return lines;
    }

    private static string[] Lines(string text) => text.Length == 0 ? [] : text.TrimEnd('\n').Split('\n');
}
