using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Governance.Web.Data.Providers;

// Used by `dotnet ef migrations add` only: each provider's migrations are generated from its own
// context with a placeholder connection string (no database is contacted).

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteGovernanceDbContext>
{
    public SqliteGovernanceDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteGovernanceDbContext>()
            .UseSqlite("Data Source=design.db", ProviderOptions.Sqlite).Options);
}

internal sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlGovernanceDbContext>
{
    public PostgreSqlGovernanceDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlGovernanceDbContext>()
            .UseNpgsql("Host=localhost;Database=design", ProviderOptions.PostgreSql).Options);
}

internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerGovernanceDbContext>
{
    public SqlServerGovernanceDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerGovernanceDbContext>()
            .UseSqlServer("Server=localhost;Database=design;TrustServerCertificate=true", ProviderOptions.SqlServer).Options);
}
