using Governance.Model.Contracts;
using Governance.Web.Contracts.Webhooks;

namespace Governance.Web.Contracts;

/// <summary>
/// Every write the portal makes to contracts and webhook subscriptions goes through this one service. The portal has
/// no sign-in yet, so each write is recorded as made by <see cref="Actor"/>; when sign-in and roles arrive, this is
/// the single place that checks who may write (stewards approve, owning teams submit) and names the real user.
/// </summary>
public sealed class ContractPortalCommands(ContractStore store, WebhookSubscriptions webhooks)
{
    /// <summary>The actor recorded for portal writes until users sign in.</summary>
    public const string Actor = "portal";

    /// <summary>Saves a contract built in the form (a new contract or a new revision).</summary>
    public Task<ContractSaveResult> SaveAsync(DataContract contract, CancellationToken ct) => store.SaveAsync(contract, Actor, ct);

    /// <summary>Saves a pasted or uploaded ODCS YAML document.</summary>
    public Task<ContractSaveResult> ImportYamlAsync(string yaml, CancellationToken ct) => store.SaveYamlAsync(yaml, Actor, ct);

    /// <summary>Approves or rejects a pending revision.</summary>
    public Task<ContractReviewResult> ReviewAsync(string key, int revision, bool approve, string? comment, CancellationToken ct) =>
        store.ReviewAsync(key, revision, approve, Actor, comment, ct);

    /// <summary>Subscribes a team to violation notifications; the result carries the secret, to be shown once.</summary>
    public Task<WebhookCreation> CreateWebhookAsync(CreateWebhookRequest request, CancellationToken ct) => webhooks.CreateAsync(request, Actor, ct);
}
