using Governance.Web.Catalog.Dtos;
using Governance.Web.Components.Shared.Checks;
using Governance.Web.Contracts.Checks;

namespace Governance.Web.ComponentTests;

public sealed class SchemaCheckComponentsTests : ComponentTest
{
    private static readonly EntityId Orders = new("kafka://cloud:9092", "orders.v1");

    [Fact]
    public void The_verdict_says_compatible_or_not_under_which_policy_and_why_that_one()
    {
        var verdict = Render<SchemaCheckVerdict>(p => p.Add(v => v.Result, Result(compatible: false) with
        {
            Contracts = [new CheckedContract("orders-contract", "Orders", "team-orders", "FULL", Orders)],
            PolicySource = "CONTRACT",
            Policy = "FULL",
        }));

        Assert.Equal("Not compatible: 1 breaking change", verdict.Find("[data-testid=check-outcome]").TextContent);
        Assert.Equal("INCOMPATIBLE", verdict.Find("[data-testid=check-outcome-code]").TextContent.Trim());
        Assert.Equal("FULLfrom the data contract", verdict.Find("[data-testid=check-policy]").TextContent.Trim());
        Assert.Equal("versions 1, 2 of 2 known", verdict.Find("[data-testid=check-versions]").TextContent);
        Assert.Equal("Orders (team-orders)", verdict.Find("[data-testid=check-contracts]").TextContent);
        Assert.Equal("kafka://cloud:9092", verdict.Find("[data-testid=check-namespace]").TextContent);
    }

    [Fact]
    public void Consumers_show_their_hops_what_they_read_and_whom_to_tell()
    {
        DownstreamConsumer[] consumers =
        [
            new("kafka://cloud:9092", "billing", 1, [Orders], [], [], null),
            new("kafka://cloud:9092", "fraud", 2, [new("kafka://cloud:9092", "payments.v1")], [new("kafka://cloud:9092", "alerts.v1")], ["team-fraud"], "OUTPUTS"),
        ];

        var table = Render<DownstreamConsumerTable>(p => p.Add(t => t.Consumers, consumers).Add(t => t.Topics, [Orders]));

        Assert.Equal(["billing", "fraud"], table.FindAll("[data-testid=downstream-job]").Select(a => a.TextContent));
        Assert.Equal("jobs/kafka%3A%2F%2Fcloud%3A9092/billing", table.Find("[data-testid=downstream-job]").GetAttribute("href"));
        Assert.Equal(["1", "2"], table.FindAll("[data-testid=downstream-depth]").Select(d => d.TextContent));
        Assert.Equal(["not declared", "team-fraud (own what it writes)"],
            table.FindAll("[data-testid=downstream-owners]").Select(o => string.Join(' ', o.TextContent.Split(default(char[]), StringSplitOptions.RemoveEmptyEntries))));
    }

    [Fact]
    public void Without_consumers_it_says_whether_the_topic_is_unread_or_unknown()
    {
        var unread = Render<DownstreamConsumerTable>(p => p.Add(t => t.Consumers, []).Add(t => t.Topics, [Orders]));
        var unknown = Render<DownstreamConsumerTable>(p => p.Add(t => t.Consumers, []).Add(t => t.Topics, []));

        Assert.Equal("Nothing reads these topics.", unread.Find("[data-testid=downstream-empty]").TextContent.Trim());
        Assert.Equal("No topic in the catalog uses this subject yet.", unknown.Find("[data-testid=downstream-empty]").TextContent.Trim());
    }

    private static SchemaCheckResult Result(bool compatible) => new(
        compatible, compatible ? "COMPATIBLE" : "INCOMPATIBLE", "BACKWARD", "REGISTRY", [], "orders.v1-value", "kafka://cloud:9092", [1, 2], [1, 2],
        compatible ? [] : [new BreakingChangeDto("$.currency", "READER_FIELD_MISSING_DEFAULT_VALUE", "At $.currency: …", "BACKWARD", 2, "BACKWARD")],
        [], [Orders], [], []);
}
