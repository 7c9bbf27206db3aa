using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Governance.Web.Data.Providers;

/// <summary>Per-provider settings shared by the application and the design-time factories.</summary>
internal static class ProviderOptions
{
    public static void Sqlite(SqliteDbContextOptionsBuilder o) =>
        o.MigrationsAssembly(typeof(ProviderOptions).Assembly.FullName);

    public static void PostgreSql(Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure.NpgsqlDbContextOptionsBuilder o) =>
        o.MigrationsAssembly(typeof(ProviderOptions).Assembly.FullName);

    public static void SqlServer(SqlServerDbContextOptionsBuilder o) =>
        o.MigrationsAssembly(typeof(ProviderOptions).Assembly.FullName);
}
