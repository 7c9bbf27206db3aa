using Governance.Web.Catalog;
using Governance.Web.Components.Shared;

namespace Governance.Web.ComponentTests;

public sealed class VersionDiffViewTests : ComponentTest
{
    private static readonly DatasetVersionDiff Diff = new(
        "1", "3",
        Added: [new("customer.phone", "phone", 1, "string", "Mobile number.")],
        Removed: [new("legacy_code", "legacy_code", 0, "int", null)],
        Changed:
        [
            new("total", 0, new("int", "Order total."), new("decimal(10,2)", "Order total.")),
            new("customer.email", 1, new("string", null), new("string", "Where receipts go.")),
        ]);

    [Fact]
    public void Lists_added_removed_and_changed_fields_in_that_order()
    {
        var view = Render<VersionDiffView>(p => p.Add(v => v.Diff, Diff));

        var rows = view.FindAll("[data-testid=diff-row]");
        Assert.Equal(["added", "removed", "changed", "changed"], rows.Select(r => r.GetAttribute("data-change")));
        Assert.Equal(["customer.phone", "legacy_code", "total", "customer.email"], rows.Select(r => r.GetAttribute("data-path")));
        Assert.Equal(["customer.phone", "legacy_code", "total", "customer.email"],
            view.FindAll("[data-testid=diff-path]").Select(p => p.TextContent));
        Assert.Equal("1", view.Find("[data-testid=version-diff]").GetAttribute("data-from"));
        Assert.Equal("3", view.Find("[data-testid=version-diff]").GetAttribute("data-to"));
    }

    [Fact]
    public void Added_and_removed_rows_show_the_field_and_are_coloured()
    {
        var view = Render<VersionDiffView>(p => p.Add(v => v.Diff, Diff));

        var added = view.Find("[data-change=added]");
        Assert.Equal("string", added.QuerySelector("[data-testid=diff-type]")!.TextContent);
        Assert.Equal("Mobile number.", added.QuerySelector("[data-testid=diff-description]")!.TextContent);
        Assert.Contains("--rz-success-lighter", added.GetAttribute("style"), StringComparison.Ordinal);
        var removed = view.Find("[data-change=removed]");
        Assert.Equal("int", removed.QuerySelector("[data-testid=diff-type]")!.TextContent);
        Assert.Contains("--rz-danger-lighter", removed.GetAttribute("style"), StringComparison.Ordinal);
    }

    [Fact]
    public void Changed_rows_show_before_and_after_only_where_they_differ()
    {
        var view = Render<VersionDiffView>(p => p.Add(v => v.Diff, Diff));

        var total = view.Find("[data-change=changed][data-path=total]");
        total.QuerySelector("[data-testid=diff-type]")!.MarkupMatches(
            """<td style:ignore data-testid="diff-type"><span data-testid="diff-before" style:ignore>int</span> → <span data-testid="diff-after">decimal(10,2)</span></td>""");
        Assert.Equal("Order total.", total.QuerySelector("[data-testid=diff-description]")!.TextContent);
        var email = view.Find("[data-change=changed][data-path='customer.email']");
        Assert.Equal("—", email.QuerySelector("[data-testid=diff-description] [data-testid=diff-before]")!.TextContent);
        Assert.Equal("Where receipts go.", email.QuerySelector("[data-testid=diff-description] [data-testid=diff-after]")!.TextContent);
        Assert.Equal("string", email.QuerySelector("[data-testid=diff-type]")!.TextContent);
    }

    [Fact]
    public void Counts_each_kind_of_change()
    {
        var view = Render<VersionDiffView>(p => p.Add(v => v.Diff, Diff));

        Assert.Equal("1 added", view.Find("[data-testid=diff-added-count]").TextContent.Trim());
        Assert.Equal("1 removed", view.Find("[data-testid=diff-removed-count]").TextContent.Trim());
        Assert.Equal("2 changed", view.Find("[data-testid=diff-changed-count]").TextContent.Trim());
    }

    [Fact]
    public void Versions_with_the_same_fields_say_so()
    {
        var view = Render<VersionDiffView>(p => p.Add(v => v.Diff, new DatasetVersionDiff("2", "3", [], [], [])));

        Assert.NotNull(view.Find("[data-testid=diff-empty]"));
        Assert.Empty(view.FindAll("[data-testid=diff-row]"));
    }
}
