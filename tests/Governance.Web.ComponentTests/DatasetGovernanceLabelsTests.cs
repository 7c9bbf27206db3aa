using Governance.Web.Catalog.Dtos;
using Governance.Web.Components.Shared;

namespace Governance.Web.ComponentTests;

public sealed class DatasetGovernanceLabelsTests : ComponentTest
{
    [Fact]
    public void Shows_owners_domain_and_a_pii_badge_naming_its_fields()
    {
        var labels = Render<DatasetGovernanceLabels>(p => p
            .Add(l => l.Owners, ["team-crm"]).Add(l => l.Domains, ["customer"])
            .Add(l => l.Classifications, [new ClassificationDto("PII", false, ["address.street", "email"]), new ClassificationDto("INTERNAL", true, [])]));

        Assert.Equal(["team-crm"], labels.FindAll("[data-testid=dataset-owner]").Select(o => o.TextContent.Trim()));
        Assert.Equal(["customer"], labels.FindAll("[data-testid=dataset-domain]").Select(d => d.TextContent.Trim()));
        var badges = labels.FindAll("[data-testid=classification-badge]");
        Assert.Equal(["PII", "INTERNAL"], badges.Select(b => b.GetAttribute("data-classification")));
        Assert.Contains("rz-badge-danger", badges[0].ClassList);
        Assert.Contains("rz-badge-info", badges[1].ClassList);
        Assert.Equal("Personal data (PII). Fields: address.street, email.", badges[0].GetAttribute("title"));
        Assert.Equal("2 fields: address.street, email", labels.Find("[data-testid=classification-fields]").TextContent.Trim());
        Assert.Empty(labels.FindAll("[data-testid=dataset-owner-missing]"));
    }

    [Fact]
    public void A_dataset_without_owner_says_so_and_shows_no_empty_sections()
    {
        var labels = Render<DatasetGovernanceLabels>(p => p.Add(l => l.Owners, []).Add(l => l.Domains, []).Add(l => l.Classifications, []));

        Assert.Equal("not declared", labels.Find("[data-testid=dataset-owner-missing]").TextContent.Trim());
        Assert.Empty(labels.FindAll("[data-testid=dataset-domains]"));
        Assert.Empty(labels.FindAll("[data-testid=dataset-classifications]"));
    }
}
