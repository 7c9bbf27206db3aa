using Governance.Web.Ingestion.Projection;
using Governance.Web.Options;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Governance.Web.Data;

/// <summary>
/// Applies pending migrations before the application starts serving, then builds catalog terms for
/// entities stored before terms existed. With <c>Database:MigrateOnStartup</c> off, start-up leaves
/// the database alone altogether.
/// </summary>
internal sealed partial class DatabaseMigrator(
    IDbContextFactory<GovernanceDbContext> contexts,
    IOptions<DatabaseOptions> options,
    ILogger<DatabaseMigrator> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.MigrateOnStartup)
        {
            return;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            LogMigrating(logger, options.Value.Provider, pending.Count);
            await db.Database.MigrateAsync(cancellationToken);
        }

        await CatalogTermBackfill.RunAsync(contexts, logger, cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Applying {Count} migration(s) to the {Provider} database")]
    private static partial void LogMigrating(ILogger logger, DatabaseProvider provider, int count);
}
