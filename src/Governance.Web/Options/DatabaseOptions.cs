using System.ComponentModel.DataAnnotations;

namespace Governance.Web.Options;

/// <summary>Which database engine stores the catalog (section <c>Database</c>).</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary><c>Sqlite</c> (default, a file in the data folder), <c>PostgreSql</c> or <c>SqlServer</c>.</summary>
    [Required]
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply pending migrations at start-up (on by default; turn off when a DBA migrates).</summary>
    public bool MigrateOnStartup { get; set; } = true;
}

/// <summary>Supported database engines.</summary>
public enum DatabaseProvider
{
    /// <summary>Embedded SQLite file.</summary>
    Sqlite,
    /// <summary>PostgreSQL through Npgsql.</summary>
    PostgreSql,
    /// <summary>Microsoft SQL Server.</summary>
    SqlServer,
}
