using Microsoft.EntityFrameworkCore;

namespace Governance.Web.Data;

/// <summary>Exposes the configured provider's context factory as a factory of the common base type.</summary>
internal sealed class GovernanceDbContextFactory<TContext>(IDbContextFactory<TContext> inner)
    : IDbContextFactory<GovernanceDbContext>
    where TContext : GovernanceDbContext
{
    public GovernanceDbContext CreateDbContext() => inner.CreateDbContext();
}
