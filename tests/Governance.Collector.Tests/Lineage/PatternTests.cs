using Governance.Collector.Lineage;
using Governance.Collector.Lineage.External;

namespace Governance.Collector.Tests.Lineage;

public sealed class PatternTests
{
    [Theory]
    [InlineData(@"pos\..*, inventory\..*", "pos.transactions.v1", true)]
    [InlineData(@"pos\..*, inventory\..*", "inventory.movements.v1", true)]
    [InlineData(@"pos\..*", "xpos.transactions", false)] // Java matches(): the whole name.
    [InlineData("pos", "pos.transactions", false)]
    [InlineData("orders.v1,payments.v1", "payments.v1", true)]
    [InlineData("([", "anything", false)] // Invalid: matches nothing.
    public void Topic_lists_match_whole_names(string patterns, string topic, bool expected) =>
        Assert.Equal(expected, JavaPatterns.MatchesAny(patterns, topic));

    [Theory]
    [InlineData(@"public\.receipts", "public.receipts")]
    [InlineData("public.receipts", "public.receipts")]
    [InlineData(@"audit\..*", null)]
    [InlineData("inventory.(a|b)", null)]
    public void List_entries_that_are_names_unescape(string entry, string? expected) => Assert.Equal(expected, JavaPatterns.Unescape(entry));

    [Theory]
    [InlineData("jdbc:postgresql://Warehouse.retail.internal:5432/dwh", "postgres://warehouse.retail.internal:5432", "dwh")]
    [InlineData("jdbc:postgresql://warehouse/dwh?sslmode=require", "postgres://warehouse:5432", "dwh")]
    [InlineData("jdbc:postgresql://a:6432,b:6432/dwh", "postgres://a:6432", "dwh")]
    [InlineData("jdbc:mysql://shop-db/shop", "mysql://shop-db:3306", "shop")]
    [InlineData("jdbc:sqlserver://erp:1433;databaseName=erp;encrypt=true", "sqlserver://erp:1433", "erp")]
    public void JDBC_urls_give_OpenLineage_namespaces(string url, string ns, string database)
    {
        var parsed = Database.FromJdbcUrl(url)!;
        Assert.Equal((ns, database), (parsed.Namespace, parsed.Name));
    }

    [Theory]
    [InlineData("jdbc:oracle:thin:@erp:1521/ERP")]
    [InlineData("not a url")]
    public void Unsupported_urls_give_nothing(string url) => Assert.Null(Database.FromJdbcUrl(url));

    [Theory]
    [InlineData("jdbc:postgresql://h/dwh", "orders", "dwh.public.orders")]
    [InlineData("jdbc:postgresql://h/dwh", "sales.orders", "dwh.sales.orders")]
    [InlineData("jdbc:postgresql://h/dwh", "dwh.sales.orders", "dwh.sales.orders")]
    [InlineData("jdbc:sqlserver://h;databaseName=erp", "orders", "erp.dbo.orders")]
    [InlineData("jdbc:mysql://h/shop", "orders", "shop.orders")]
    [InlineData("jdbc:mysql://h/shop", "archive.orders", "archive.orders")]
    public void Table_names_are_database_schema_table(string url, string table, string expected) =>
        Assert.Equal(expected, Database.FromJdbcUrl(url)!.TableName(table));
}
