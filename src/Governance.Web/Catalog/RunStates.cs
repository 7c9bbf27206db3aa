namespace Governance.Web.Catalog;

/// <summary>Maps OpenLineage event types to the run states Marquez reports.</summary>
internal static class RunStates
{
    public static string? ToMarquez(string? eventType) => eventType?.ToUpperInvariant() switch
    {
        null => null,
        "START" or "RUNNING" => "RUNNING",
        "COMPLETE" => "COMPLETED",
        "FAIL" => "FAILED",
        "ABORT" => "ABORTED",
        _ => "NEW",
    };
}
