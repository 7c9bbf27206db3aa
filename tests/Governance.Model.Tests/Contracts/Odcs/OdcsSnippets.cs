namespace Governance.Model.Tests.Contracts.Odcs;

/// <summary>Pieces of ODCS documents for import tests.</summary>
internal static class OdcsSnippets
{
    /// <summary>The required members of a contract (5 lines); what a test appends starts on line 6.</summary>
    public const string Header = """
        apiVersion: v3.1.0
        kind: DataContract
        id: orders
        version: 1.0.0
        status: active

        """;
}
