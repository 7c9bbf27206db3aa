namespace Governance.Web.Contracts.Enforcement;

/// <summary>Groups of rules that are checked together, from the same evidence.</summary>
[Flags]
internal enum CheckFamilies
{
    None = 0,

    /// <summary>The subject's newest version against its predecessors, and the registry's level (needs the registry facet).</summary>
    Compatibility = 1,

    /// <summary>Required fields and field types (needs the schema facet).</summary>
    Fields = 2,

    /// <summary>Personal-looking fields carry a classification (needs the schema facet).</summary>
    Classification = 4,

    /// <summary>Each objective's group lag, from the group's latest lag report.</summary>
    Lag = 8,

    /// <summary>Each objective's group keeps reporting its lag.</summary>
    LagReports = 16,

    /// <summary>Time since the dataset's last update.</summary>
    Freshness = 32,

    /// <summary>The required dead-letter topic is in the catalog.</summary>
    DeadLetter = 64,

    /// <summary>What can be checked from the catalog alone, at any time.</summary>
    Periodic = LagReports | Freshness | DeadLetter,

    All = Compatibility | Fields | Classification | Lag | LagReports | Freshness | DeadLetter,
}
