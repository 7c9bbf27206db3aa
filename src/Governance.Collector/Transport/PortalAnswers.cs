using System.Text.Json;
using System.Text.Json.Serialization;

namespace Governance.Collector.Transport;

/// <summary>
/// The portal's answer to <c>POST /api/v1/lineage/batch</c> (HTTP 200): counts and one result per
/// submitted event, by index. Mirrors <c>BatchIngestionResponse</c> in Governance.Web.
/// </summary>
internal sealed record PortalBatchAnswer(int Stored, int Duplicates, int Rejected, List<PortalBatchItem>? Results);

/// <summary>The result for the event at <see cref="Index"/>: status <c>stored</c>, <c>duplicate</c> or <c>rejected</c>.</summary>
internal sealed record PortalBatchItem(int Index, string? Status, long? EventId, List<PortalIssue>? Errors, List<PortalIssue>? Warnings);

/// <summary>A validation issue as the portal reports it.</summary>
internal sealed record PortalIssue(string? Path, string? Message, string? Schema);

/// <summary>The parts of an RFC 7807 problem the collector shows in its messages.</summary>
internal sealed record PortalProblem(string? Title, string? Detail);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(PortalBatchAnswer))]
[JsonSerializable(typeof(PortalProblem))]
internal sealed partial class PortalJsonContext : JsonSerializerContext;
