namespace Governance.Web.Catalog.Graph;

/// <summary>Which edges a walk follows: the open ones, those valid at an instant, or every edge ever recorded.</summary>
public readonly struct EdgeFilter
{
    private enum Mode
    {
        Current,
        AsOf,
        AnyTime,
    }

    private readonly Mode _mode;
    private readonly long _ticks;

    private EdgeFilter(Mode mode, long ticks)
    {
        _mode = mode;
        _ticks = ticks;
    }

    /// <summary>Edges not closed yet (<c>ValidTo</c> null), i.e. the graph as it is now.</summary>
    public static EdgeFilter Current => new(Mode.Current, 0);

    /// <summary>Edges valid at any time, for questions about the graph's history.</summary>
    public static EdgeFilter AnyTime => new(Mode.AnyTime, 0);

    /// <summary>Edges valid at <paramref name="instant"/>: <c>ValidFrom &lt;= t</c> and (<c>ValidTo</c> null or <c>ValidTo &gt; t</c>).</summary>
    /// <param name="instant">The instant; an unspecified kind is taken as UTC, like every stored instant.</param>
    public static EdgeFilter AsOf(DateTime instant) =>
        new(Mode.AsOf, (instant.Kind == DateTimeKind.Local ? instant.ToUniversalTime() : instant).Ticks);

    /// <summary>Current edges, or those valid at <paramref name="asOf"/> when given.</summary>
    public static EdgeFilter For(DateTime? asOf) => asOf is { } t ? AsOf(t) : Current;

    /// <summary>Whether the walk follows <paramref name="edge"/>.</summary>
    public bool Includes(in IndexedEdge edge) => _mode switch
    {
        Mode.Current => edge.ValidToTicks == IndexedEdge.Open,
        Mode.AsOf => edge.ValidFromTicks <= _ticks && edge.ValidToTicks > _ticks,
        _ => true,
    };
}
