using System.Data.Common;
using Governance.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Governance.Bench.Lineage;

/// <summary>
/// The walk done the way Marquez does it: one recursive SQL query over <c>lineage_edges</c>. Nodes
/// are signed ids (datasets positive, jobs negative); a hop goes from a dataset to a job or back, and
/// the same depth rule and validity filter as the portal's walk apply, so both return the same edges.
/// </summary>
internal static class RecursiveCteWalk
{
    // Downstream: a dataset's consumers (input edges), a job's outputs. Upstream: the reverse.
    private const string Downstream = """
        (n.node > 0 AND e."DatasetId" = n.node AND e."Direction" = 'Input')
        OR (n.node < 0 AND e."JobId" = -n.node AND e."Direction" = 'Output')
        """;

    private const string Upstream = """
        (n.node > 0 AND e."DatasetId" = n.node AND e."Direction" = 'Output')
        OR (n.node < 0 AND e."JobId" = -n.node AND e."Direction" = 'Input')
        """;

    private const string Next = "CASE WHEN n.node > 0 THEN -e.\"JobId\" ELSE e.\"DatasetId\" END";

    /// <summary>The distinct edges (job, dataset, direction) reached from a dataset within <paramref name="depth"/> jobs.</summary>
    public static async Task<int> WalkAsync(GovernanceDbContext db, long datasetId, int depth, DateTime? asOf)
    {
        var active = asOf is null
            ? "e.\"ValidTo\" IS NULL"
            : "e.\"ValidFrom\" <= @asOf AND (e.\"ValidTo\" IS NULL OR e.\"ValidTo\" > @asOf)";
        var sql = $"""
            WITH RECURSIVE
            down(node, hop) AS (
                SELECT CAST(@start AS BIGINT), 0
                UNION
                SELECT {Next}, n.hop + 1 FROM down n JOIN lineage_edges e ON {Downstream}
                WHERE n.hop < @maxHops AND {active}),
            up(node, hop) AS (
                SELECT CAST(@start AS BIGINT), 0
                UNION
                SELECT {Next}, n.hop + 1 FROM up n JOIN lineage_edges e ON {Upstream}
                WHERE n.hop < @maxHops AND {active})
            SELECT e."JobId", e."DatasetId", e."Direction" FROM down n JOIN lineage_edges e ON {Downstream}
            WHERE n.hop < @maxHops AND {active}
            UNION
            SELECT e."JobId", e."DatasetId", e."Direction" FROM up n JOIN lineage_edges e ON {Upstream}
            WHERE n.hop < @maxHops AND {active}
            """;

        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync();
        }

        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        Add(command, "start", datasetId);
        Add(command, "maxHops", 2 * depth);
        if (asOf is { } t)
        {
            Add(command, "asOf", t);
        }

        var edges = 0;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            edges++;
        }

        return edges;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
