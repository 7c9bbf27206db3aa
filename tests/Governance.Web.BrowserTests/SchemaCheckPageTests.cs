using System.Text.RegularExpressions;
using Governance.Web.BrowserTests.Pages;
using static Governance.Web.BrowserTests.SchemaCheckScenario;

namespace Governance.Web.BrowserTests;

/// <summary>Pasting a schema into the check page shows the verdict, what breaks and who downstream is impacted.</summary>
[Collection(SchemaCheckCollection.Name)]
public sealed class SchemaCheckPageTests(SchemaCheckFixture fixture) : Infrastructure.BrowserTest(fixture.Portal)
{
    [Fact]
    public async Task A_pasted_breaking_schema_shows_the_breaking_change_and_the_impacted_consumers_with_their_owners()
    {
        var check = new SchemaCheckPageObject(Page);
        await check.GotoAsync(Subject);
        await Expect(check.Subject).ToHaveValueAsync(Subject);

        await check.Schema.FillAsync(Breaking);
        await check.Run.ClickAsync();

        await Expect(check.Outcome).ToHaveTextAsync("INCOMPATIBLE");
        await Expect(check.Policy).ToContainTextAsync("BACKWARD");
        await Expect(check.BreakingLocations).ToHaveTextAsync(["$.currency"]);
        await Expect(check.ConsumerJobs).ToHaveTextAsync([Invoicing, Dunning]);
        await Expect(check.ConsumerDepths).ToHaveTextAsync(["1", "2"]);
        await Expect(check.ConsumerOwners).ToHaveTextAsync([new Regex("team-billing"), new Regex("team-collections")]);

        await check.ConsumerJobs.First.ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex(Regex.Escape(JobPageObject.Url("billing", Invoicing)) + "$"));
        await AssertPortalHealthyAsync();
    }

    [Fact]
    public async Task Starting_from_the_current_version_and_checking_it_unchanged_is_compatible()
    {
        var check = new SchemaCheckPageObject(Page);
        await check.GotoAsync();

        await check.Subject.FillAsync(Subject);
        await check.Subject.PressAsync("Tab");
        await check.LoadCurrent.ClickAsync();
        await Expect(check.Schema).ToHaveValueAsync(V1);
        await check.Run.ClickAsync();

        await Expect(check.Outcome).ToHaveTextAsync("COMPATIBLE");
        await Expect(check.BreakingLocations).ToHaveCountAsync(0);
        await Expect(check.ConsumerJobs).ToHaveCountAsync(2);
        await AssertPortalHealthyAsync();
    }

    [Fact]
    public async Task Checking_without_a_schema_says_what_is_missing()
    {
        var check = new SchemaCheckPageObject(Page);
        await check.GotoAsync(Subject);

        await check.Run.ClickAsync();

        await Expect(check.Errors).ToContainTextAsync("Give the schema text to check");
        await Expect(check.Outcome).ToHaveCountAsync(0);
        await AssertPortalHealthyAsync();
    }
}
