using Microsoft.EntityFrameworkCore;

namespace Governance.Web.Data.Providers;

/// <summary>The catalog on SQL Server; migrations in <c>Migrations/SqlServer</c>.</summary>
public sealed class SqlServerGovernanceDbContext(DbContextOptions<SqlServerGovernanceDbContext> options)
    : GovernanceDbContext(options);
