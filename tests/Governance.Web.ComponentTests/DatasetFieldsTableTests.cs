using Governance.Web.Catalog.Dtos;
using Governance.Web.Components.Shared;

namespace Governance.Web.ComponentTests;

public sealed class DatasetFieldsTableTests : ComponentTest
{
    private static readonly IReadOnlyList<FieldDto> Fields =
    [
        new("order_id", "string", "Unique order id.", ["pii:none"], null),
        new("customer", "struct", null, [], [
            new("email", "string", "Where receipts go.", ["pii:email"], null),
            new("address", "struct", null, [], [
                new("city", "string", null, [], null),
            ]),
        ]),
        new("total", null, null, [], null),
    ];

    [Fact]
    public void Nested_fields_follow_their_parent_with_path_and_depth()
    {
        var table = Render<DatasetFieldsTable>(p => p.Add(t => t.Fields, Fields));

        var rows = table.FindAll("[data-testid=field-row]");
        Assert.Equal(
            ["order_id", "customer", "customer.email", "customer.address", "customer.address.city", "total"],
            rows.Select(r => r.GetAttribute("data-path")));
        Assert.Equal(["0", "0", "1", "1", "2", "0"], rows.Select(r => r.GetAttribute("data-depth")));
        Assert.Equal(["order_id", "customer", "email", "address", "city", "total"],
            table.FindAll("[data-testid=field-name]").Select(n => n.TextContent));
    }

    [Fact]
    public void Shows_types_descriptions_and_tags()
    {
        var table = Render<DatasetFieldsTable>(p => p.Add(t => t.Fields, Fields));

        Assert.Equal(["string", "struct", "string", "struct", "string", "—"],
            table.FindAll("[data-testid=field-type]").Select(t => t.TextContent));
        Assert.Equal(["Unique order id.", "", "Where receipts go.", "", "", ""],
            table.FindAll("[data-testid=field-description]").Select(d => d.TextContent.Trim()));
        var email = table.Find("[data-testid=field-row][data-path='customer.email']");
        Assert.Equal(["pii:email"], email.QuerySelectorAll("[data-testid=tag]").Select(t => t.TextContent.Trim()));
        Assert.Equal(2, table.FindAll("[data-testid=tag]").Count);
    }

    [Fact]
    public void Classified_fields_carry_a_classification_badge_next_to_their_other_tags()
    {
        IReadOnlyList<FieldDto> fields =
        [
            new("customer_id", "string", null, [], null),
            new("email", "string", null, ["PII", "retention:short"], null),
            new("address", "record", null, [], [new("street", "string", null, ["PII"], null)]),
        ];

        var table = Render<DatasetFieldsTable>(p => p.Add(t => t.Fields, fields));

        var email = table.Find("[data-testid=field-row][data-path='email']");
        Assert.Equal(["PII", "retention:short"], email.QuerySelectorAll("[data-testid=tag]").Select(t => t.TextContent.Trim()));
        var pii = email.QuerySelector("[data-classification=PII]")!;
        Assert.Contains("rz-badge-danger", pii.ClassList);
        Assert.Equal("Personal data (PII).", pii.GetAttribute("title"));
        Assert.Null(email.QuerySelector("[data-classification='retention:short']"));
        Assert.NotNull(table.Find("[data-testid=field-row][data-path='address.street'] [data-classification=PII]"));
        Assert.Empty(table.Find("[data-testid=field-row][data-path='customer_id']").QuerySelectorAll("[data-testid=tag]"));
    }

    [Fact]
    public void No_fields_show_an_empty_state_instead_of_a_table()
    {
        var table = Render<DatasetFieldsTable>(p => p.Add(t => t.Fields, []));

        Assert.NotNull(table.Find("[data-testid=fields-empty]"));
        Assert.Empty(table.FindAll("[data-testid=fields-table]"));
    }
}
