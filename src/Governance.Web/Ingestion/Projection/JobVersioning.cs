using Governance.Web.Catalog.Dtos;
using Governance.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Governance.Web.Ingestion.Projection;

/// <summary>Starts a new job version whenever the job's complete set of inputs and outputs changes.</summary>
internal static class JobVersioning
{
    public static async Task ApplyAsync(
        ProjectionScope scope, JobEntity job, IEnumerable<EntityId> inputs, IEnumerable<EntityId> outputs, string? runId, CancellationToken ct)
    {
        var inputsJson = DatasetKeys.Write(inputs);
        var outputsJson = DatasetKeys.Write(outputs);
        var hash = IdentityHash.Sha256(inputsJson + "\n" + outputsJson);

        var current = job.CurrentVersion == 0 ? null
            : scope.Db.JobVersions.Local.FirstOrDefault(v => v.Job == job && v.Version == job.CurrentVersion)
              ?? await scope.Db.JobVersions.FirstOrDefaultAsync(v => v.JobId == job.Id && v.Version == job.CurrentVersion, ct);
        if (current?.IoHash == hash)
        {
            return;
        }

        var version = new JobVersion
        {
            Job = job,
            Version = job.CurrentVersion + 1,
            IoHash = hash,
            InputsJson = inputsJson,
            OutputsJson = outputsJson,
            CreatedAt = scope.EventTime,
            RunId = runId,
        };
        job.CurrentVersion = version.Version;
        scope.Db.JobVersions.Add(version);
    }
}
