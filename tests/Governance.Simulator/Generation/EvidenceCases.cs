namespace Governance.Simulator.Generation;

/// <summary>
/// Applications of the retail scenario that deliberately leave little or no evidence on the platform,
/// so that lineage inference can be tested on what it cannot (or can only partly) see. Each is part of
/// <see cref="Scenario.PlatformScenario.Applications"/> with its real inputs and outputs.
/// </summary>
public static class EvidenceCases
{
    /// <summary>
    /// Writes <c>pricing.price-updates.v1</c> (plain JSON, no subject) with no principal, no ACLs, no
    /// producer header and no group: the data is there, nothing names its producer. All sizes.
    /// </summary>
    public const string LegacyPriceFeed = "legacy-price-feed";

    /// <summary>
    /// Writes <c>loyalty.points-earned.v1</c> next to <c>loyalty-service</c> as a super user (no ACLs):
    /// only its <c>app-id</c> header on some records shows it. Demo and Large.
    /// </summary>
    public const string HeaderOnlyProducer = "loyalty-batch-import";

    /// <summary>
    /// Reads payments and orders with <c>assign()</c> and never commits: no group, only READ ACLs for
    /// <c>User:bi-adhoc-reader</c>. Demo and Large. (<c>store-dashboard</c> on every store cluster is the
    /// same case on the edge.)
    /// </summary>
    public const string AclOnlyConsumer = "bi-adhoc-reader";

    /// <summary>Same as <see cref="AclOnlyConsumer"/>, on every store cluster. Demo and Large.</summary>
    public const string EdgeAclOnlyConsumer = "store-dashboard";

    /// <summary>
    /// A consumer of <c>orders.placed.v1</c> whose group is Stable with a member but whose offsets stopped
    /// long ago (lag of most of the retained log). All sizes.
    /// </summary>
    public const string StalledConsumer = "order-export";
}
