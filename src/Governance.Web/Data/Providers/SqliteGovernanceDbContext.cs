using Microsoft.EntityFrameworkCore;

namespace Governance.Web.Data.Providers;

/// <summary>The catalog on SQLite (the embedded default); migrations in <c>Migrations/Sqlite</c>.</summary>
public sealed class SqliteGovernanceDbContext(DbContextOptions<SqliteGovernanceDbContext> options)
    : GovernanceDbContext(options);
