namespace Governance.Model.Contracts.Odcs;

/// <summary>Line and column of each node of a parsed YAML document, by ODCS path.</summary>
internal sealed class SourceMap
{
    private readonly Dictionary<string, (int Line, int Column)> _positions = new(StringComparer.Ordinal);

    public void Add(string path, int line, int column) => _positions.TryAdd(path, (line, column));

    /// <summary>Position of <paramref name="path"/>, or of its nearest ancestor present in the document (a missing member is reported where its parent is).</summary>
    public (int Line, int Column)? Locate(string path)
    {
        var current = path;
        while (true)
        {
            if (_positions.TryGetValue(current, out var position))
            {
                return position;
            }

            if (current.Length == 0)
            {
                return null;
            }

            current = Parent(current);
        }
    }

    /// <summary>Adds the source position to a problem that lacks one.</summary>
    public ContractProblem Locate(ContractProblem problem) =>
        problem.Line is null && Locate(problem.Path) is { } at ? problem with { Line = at.Line, Column = at.Column } : problem;

    private static string Parent(string path)
    {
        if (path.EndsWith(']'))
        {
            // "a[3]" or "a['x.y']": drop the bracket segment, honouring quotes.
            var open = path.EndsWith("']", StringComparison.Ordinal) ? path.LastIndexOf("['", StringComparison.Ordinal) : path.LastIndexOf('[');
            return open <= 0 ? string.Empty : path[..open];
        }

        var dot = path.LastIndexOf('.');
        return dot < 0 ? string.Empty : path[..dot];
    }
}
