using Governance.Web.Data;
using Governance.Web.Data.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Governance.Web.Tests.Data;

/// <summary>
/// Each provider's migrations match the model, and the SQL Server migrations produce the DDL we
/// expect (no SQL Server can run here, so its behaviour is checked through PostgreSQL and SQLite).
/// </summary>
public sealed class MigrationTests
{
    public static TheoryData<string> Providers => new() { "Sqlite", "PostgreSql", "SqlServer" };

    [Theory]
    [MemberData(nameof(Providers))]
    public void Migrations_are_up_to_date_with_the_model(string provider)
    {
        using var db = Create(provider);

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(),
            $"The model has changed since the last {provider} migration: add one with dotnet ef migrations add --context {provider}GovernanceDbContext.");
    }

    [Fact]
    public void Sql_server_migration_creates_the_catalog_tables_with_keys_and_indexes()
    {
        using var db = Create("SqlServer");

        var script = db.GetService<IMigrator>().GenerateScript();

        foreach (var table in new[] { "raw_events", "namespaces", "datasets", "dataset_versions", "dataset_fields", "jobs", "job_versions", "runs", "run_states", "lineage_edges" })
        {
            Assert.Contains($"CREATE TABLE [{table}]", script);
        }

        Assert.Contains("CREATE UNIQUE INDEX [IX_raw_events_EventHash] ON [raw_events] ([EventHash])", script);
        Assert.Contains("[ValidFrom] datetime2 NOT NULL", script);
        Assert.Contains("[ValidTo] datetime2 NULL", script);
        Assert.Contains("[Payload] nvarchar(max) NOT NULL", script);
        Assert.Contains("CREATE INDEX [IX_lineage_edges_DatasetId_Direction_ValidTo]", script);
        Assert.Contains("FOREIGN KEY ([JobId]) REFERENCES [jobs] ([Id]) ON DELETE CASCADE", script);
    }

    private static GovernanceDbContext Create(string provider) => provider switch
    {
        "Sqlite" => new SqliteDesignTimeFactory().CreateDbContext([]),
        "PostgreSql" => new PostgreSqlDesignTimeFactory().CreateDbContext([]),
        "SqlServer" => new SqlServerDesignTimeFactory().CreateDbContext([]),
        _ => throw new ArgumentOutOfRangeException(nameof(provider)),
    };
}
