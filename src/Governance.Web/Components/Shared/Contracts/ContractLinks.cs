namespace Governance.Web.Components.Shared.Contracts;

/// <summary>The portal's and the API's contract URLs, built in one place so links and pages agree on the encoding.</summary>
public static class ContractLinks
{
    /// <summary>The contracts list.</summary>
    public const string List = "contracts";

    /// <summary>The violations dashboard.</summary>
    public const string Violations = "violations";

    /// <summary>A contract's page; the key is one percent-encoded path segment.</summary>
    public static string Contract(string key) => $"contracts/{Uri.EscapeDataString(key)}";

    /// <summary>The form that revises a contract.</summary>
    public static string Edit(string key) => $"{Contract(key)}/edit";

    /// <summary>The form for a new contract, prefilled for a dataset when one is given.</summary>
    public static string New(string? @namespace = null, string? dataset = null) =>
        string.IsNullOrEmpty(dataset)
            ? "contracts/new"
            : $"contracts/new?namespace={Uri.EscapeDataString(@namespace ?? string.Empty)}&dataset={Uri.EscapeDataString(dataset)}";

    /// <summary>The API's export of the revision in force, as an ODCS YAML download.</summary>
    public static string Export(string key) => $"api/v1/contracts/{Uri.EscapeDataString(key)}/export";

    /// <summary>The violations dashboard filtered to one contract.</summary>
    public static string ViolationsOf(string key) => $"violations?contract={Uri.EscapeDataString(key)}";
}
