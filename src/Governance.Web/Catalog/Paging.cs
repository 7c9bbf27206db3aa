namespace Governance.Web.Catalog;

/// <summary>Limit/offset paging with sane bounds (Marquez's parameters and default of 100).</summary>
public readonly record struct Paging(int Limit, int Offset)
{
    /// <summary>Largest page a client may ask for.</summary>
    public const int MaxLimit = 1000;

    /// <summary>Clamps the request's values into range.</summary>
    public static Paging From(int? limit, int? offset) =>
        new(Math.Clamp(limit ?? 100, 1, MaxLimit), Math.Max(offset ?? 0, 0));
}
