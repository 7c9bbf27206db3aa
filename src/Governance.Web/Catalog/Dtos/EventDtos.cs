using System.Text.Json;

namespace Governance.Web.Catalog.Dtos;

/// <summary>Stored raw events, Marquez-shaped (<c>GET /api/v1/events/lineage</c>).</summary>
public sealed record LineageEventList(int TotalCount, IReadOnlyList<JsonElement> Events);
