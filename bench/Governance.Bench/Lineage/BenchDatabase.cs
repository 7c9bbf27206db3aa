using Governance.Web.Data;
using Governance.Web.Data.Providers;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Governance.Bench.Lineage;

/// <summary>A throw-away, migrated catalog database (SQLite file or PostgreSQL database) for one measurement.</summary>
internal sealed class BenchDatabase : IDbContextFactory<GovernanceDbContext>, IAsyncDisposable
{
    private readonly Func<GovernanceDbContext> _create;
    private readonly Func<Task> _drop;

    private BenchDatabase(string engine, Func<GovernanceDbContext> create, Func<Task> drop)
    {
        Engine = engine;
        _create = create;
        _drop = drop;
    }

    public string Engine { get; }

    public GovernanceDbContext CreateDbContext() => _create();

    public static async Task<BenchDatabase> SqliteAsync()
    {
        var folder = Directory.CreateTempSubdirectory("governance-bench-").FullName;
        var connectionString = $"Data Source={Path.Combine(folder, "governance.db")}";
        var options = new DbContextOptionsBuilder<SqliteGovernanceDbContext>().UseSqlite(connectionString).Options;
        var database = new BenchDatabase("SQLite", () => new SqliteGovernanceDbContext(options), () =>
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
            return Task.CompletedTask;
        });
        await database.MigrateAsync();
        return database;
    }

    /// <summary>Creates a fresh database on the server of <paramref name="serverConnectionString"/> (dropped again on dispose).</summary>
    public static async Task<BenchDatabase> PostgreSqlAsync(string serverConnectionString)
    {
        var name = "governance_bench_" + Guid.NewGuid().ToString("N")[..12];
        await ExecuteAsync(serverConnectionString, $"CREATE DATABASE \"{name}\"");
        var connectionString = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name }.ConnectionString;
        var options = new DbContextOptionsBuilder<PostgreSqlGovernanceDbContext>().UseNpgsql(connectionString).Options;
        var database = new BenchDatabase("PostgreSQL", () => new PostgreSqlGovernanceDbContext(options), async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(serverConnectionString, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        });
        await database.MigrateAsync();
        return database;
    }

    public async ValueTask DisposeAsync() => await _drop();

    private async Task MigrateAsync()
    {
        await using var db = CreateDbContext();
        await db.Database.MigrateAsync();
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
