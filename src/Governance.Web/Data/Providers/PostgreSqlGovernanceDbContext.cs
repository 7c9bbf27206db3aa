using Microsoft.EntityFrameworkCore;

namespace Governance.Web.Data.Providers;

/// <summary>The catalog on PostgreSQL; migrations in <c>Migrations/PostgreSql</c>.</summary>
public sealed class PostgreSqlGovernanceDbContext(DbContextOptions<PostgreSqlGovernanceDbContext> options)
    : GovernanceDbContext(options);
