namespace Governance.Simulator.Scenario;

/// <summary>
/// One ACL binding, with Kafka's names: resource type <c>Topic</c>/<c>Group</c>/<c>Cluster</c>/<c>TransactionalId</c>,
/// pattern <c>Literal</c>/<c>Prefixed</c>, operation <c>Read</c>/<c>Write</c>/<c>Describe</c>/<c>All</c>/…,
/// permission <c>Allow</c>/<c>Deny</c>, principal such as <c>User:order-service</c>.
/// </summary>
public sealed class AclScenario
{
    public string ResourceType { get; set; } = "Topic";
    public string ResourceName { get; set; } = "";
    public string PatternType { get; set; } = "Literal";
    public string Principal { get; set; } = "";
    public string Host { get; set; } = "*";
    public string Operation { get; set; } = "Read";
    public string Permission { get; set; } = "Allow";
}
