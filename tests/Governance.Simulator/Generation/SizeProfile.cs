namespace Governance.Simulator.Generation;

/// <summary>The knobs that differ between sizes.</summary>
internal sealed record SizeProfile
{
    /// <summary>Whether the full retail catalog is generated (Tiny keeps only the core flows).</summary>
    public required bool FullCatalog { get; init; }

    /// <summary>Product teams added on top of the retail catalog (each: a domain with topics, subjects and apps).</summary>
    public required int Teams { get; init; }

    /// <summary>Exact totals to reach (Large only): topics over all clusters, groups over all clusters, live subjects.</summary>
    public int? TargetTopics { get; init; }
    public int? TargetGroups { get; init; }
    public int? TargetSubjects { get; init; }

    /// <summary>Sample records per non-empty data partition.</summary>
    public required int RecordsPerPartition { get; init; }

    /// <summary>Distinct customers and articles the sample records draw from.</summary>
    public required int Customers { get; init; }
    public required int Articles { get; init; }

    public static SizeProfile For(ScenarioSize size) => size switch
    {
        ScenarioSize.Tiny => new SizeProfile { FullCatalog = false, Teams = 0, RecordsPerPartition = 3, Customers = 200, Articles = 100 },
        ScenarioSize.Demo => new SizeProfile { FullCatalog = true, Teams = 24, RecordsPerPartition = 3, Customers = 500, Articles = 300 },
        ScenarioSize.Large => new SizeProfile
        {
            FullCatalog = true,
            // Upper bound only: teams are added until one of the targets is nearly reached, then padded.
            Teams = int.MaxValue,
            TargetTopics = 10_000,
            TargetGroups = 2_000,
            TargetSubjects = 10_000,
            RecordsPerPartition = 2,
            Customers = 2_000,
            Articles = 1_000,
        },
        _ => throw new ArgumentOutOfRangeException(nameof(size), size, null),
    };
}
