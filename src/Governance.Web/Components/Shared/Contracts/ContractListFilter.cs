using Governance.Web.Contracts;

namespace Governance.Web.Components.Shared.Contracts;

/// <summary>The contracts list's filters, kept in the URL (<c>?q=&amp;status=&amp;owner=&amp;ns=&amp;pending=true</c>) so a view can be shared.</summary>
public sealed record ContractListFilter(string Text = "", string? Status = null, string Owner = "", string? Namespace = null, bool PendingOnly = false)
{
    public static ContractListFilter From(string? text, string? status, string? owner, string? @namespace, string? pending) => new(
        text?.Trim() ?? string.Empty, ContractStates.Normalize(status), owner?.Trim() ?? string.Empty,
        string.IsNullOrWhiteSpace(@namespace) ? null : @namespace, pending == "true");

    public ContractQuery ToQuery() => new(Status, Owner, Namespace, Text, PendingOnly);

    public string ToUrl()
    {
        var parameters = new List<string>();
        Add("q", Text);
        Add("status", Status);
        Add("owner", Owner);
        Add("ns", Namespace);
        Add("pending", PendingOnly ? "true" : null);
        return parameters.Count == 0 ? ContractLinks.List : ContractLinks.List + "?" + string.Join('&', parameters);

        void Add(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                parameters.Add($"{key}={Uri.EscapeDataString(value)}");
            }
        }
    }
}

/// <summary>The violations dashboard's filters, kept in the URL (<c>?state=&amp;severity=&amp;owner=&amp;ns=&amp;contract=</c>).</summary>
public sealed record ViolationListFilter(string State = ViolationQuery.Open, string? Severity = null, string Owner = "", string? Namespace = null, string? Contract = null)
{
    public static ViolationListFilter From(string? state, string? severity, string? owner, string? @namespace, string? contract) => new(
        new ViolationQuery(state).NormalizedState ?? ViolationQuery.Open, ViolationReader.NormalizedSeverity(severity), owner?.Trim() ?? string.Empty,
        string.IsNullOrWhiteSpace(@namespace) ? null : @namespace, string.IsNullOrWhiteSpace(contract) ? null : contract);

    public ViolationQuery ToQuery() => new(State, Severity, Owner, Namespace, Contract);

    public string ToUrl()
    {
        var parameters = new List<string>();
        Add("state", State == ViolationQuery.Open ? null : State);
        Add("severity", Severity);
        Add("owner", Owner);
        Add("ns", Namespace);
        Add("contract", Contract);
        return parameters.Count == 0 ? ContractLinks.Violations : ContractLinks.Violations + "?" + string.Join('&', parameters);

        void Add(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                parameters.Add($"{key}={Uri.EscapeDataString(value)}");
            }
        }
    }
}
