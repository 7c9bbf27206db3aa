using Governance.Web.Data;
using Governance.Web.Data.Providers;
using Governance.Web.Options;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Governance.Web.Extensions;

internal static class DatabaseExtensions
{
    public const string ConnectionStringName = "Governance";

    /// <summary>
    /// Registers <see cref="IDbContextFactory{GovernanceDbContext}"/> (and a scoped context) for the
    /// engine named by <c>Database:Provider</c>, with <c>ConnectionStrings:Governance</c>.
    /// </summary>
    public static IHostApplicationBuilder AddGovernanceDatabase(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();

        var provider = builder.Configuration.GetValue(
            $"{DatabaseOptions.SectionName}:{nameof(DatabaseOptions.Provider)}", DatabaseProvider.Sqlite);
        var connectionString = builder.Configuration.GetConnectionString(ConnectionStringName) is { Length: > 0 } cs
            && !string.IsNullOrWhiteSpace(cs) ? cs : null;
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                var sqlite = connectionString ?? DefaultSqliteConnectionString(builder);
                Register<SqliteGovernanceDbContext>(builder, o => o.UseSqlite(sqlite, ProviderOptions.Sqlite));
                break;
            case DatabaseProvider.PostgreSql:
                var pg = RequireConnectionString(connectionString, provider);
                Register<PostgreSqlGovernanceDbContext>(builder, o => o.UseNpgsql(pg, ProviderOptions.PostgreSql));
                break;
            case DatabaseProvider.SqlServer:
                var sql = RequireConnectionString(connectionString, provider);
                Register<SqlServerGovernanceDbContext>(builder, o => o.UseSqlServer(sql, ProviderOptions.SqlServer));
                break;
            default:
                throw new InvalidOperationException($"Unknown Database:Provider '{provider}'.");
        }

        builder.Services.AddHostedService<DatabaseMigrator>();
        builder.Services.AddHealthChecks().AddDbContextCheck<GovernanceDbContext>("database");
        return builder;
    }

    private static void Register<TContext>(IHostApplicationBuilder builder, Action<DbContextOptionsBuilder> configure)
        where TContext : GovernanceDbContext
    {
        builder.Services.AddDbContextFactory<TContext>(configure);
        builder.Services.AddSingleton<IDbContextFactory<GovernanceDbContext>>(sp =>
            new GovernanceDbContextFactory<TContext>(sp.GetRequiredService<IDbContextFactory<TContext>>()));
        builder.Services.AddScoped<GovernanceDbContext>(sp =>
            sp.GetRequiredService<IDbContextFactory<GovernanceDbContext>>().CreateDbContext());
    }

    private static string RequireConnectionString(string? connectionString, DatabaseProvider provider) =>
        !string.IsNullOrWhiteSpace(connectionString)
            ? connectionString
            : throw new OptionsValidationException(ConnectionStringName, typeof(DatabaseOptions),
                [$"Database:Provider is {provider}: set ConnectionStrings:{ConnectionStringName}."]);

    private static string DefaultSqliteConnectionString(IHostApplicationBuilder builder)
    {
        var dataDirectory = StoragePaths.DataDirectory(builder.Configuration, builder.Environment);
        Directory.CreateDirectory(dataDirectory);
        return $"Data Source={Path.Combine(dataDirectory, "governance.db")}";
    }
}
