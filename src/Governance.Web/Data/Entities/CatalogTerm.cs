namespace Governance.Web.Data.Entities;

/// <summary>
/// A searchable, filterable label of a dataset or job — an owner, a domain, a tag or a
/// classification — derived from the entity's current facets (<c>ownership</c>, <c>tags</c>, the
/// schema registry's metadata). Rebuilt whenever those facets change.
/// </summary>
public sealed class CatalogTerm
{
    public long Id { get; set; }

    /// <summary>The dataset labelled, or null when the term belongs to a job.</summary>
    public long? DatasetId { get; set; }

    /// <summary>The job labelled, or null when the term belongs to a dataset.</summary>
    public long? JobId { get; set; }

    public CatalogTermKind Kind { get; set; }

    /// <summary>The label as the producer spelled it (e.g. <c>team-orders</c>, <c>PII</c>).</summary>
    public required string Value { get; set; }

    /// <summary><see cref="Value"/> in lower case, for case-insensitive filters that can use an index.</summary>
    public required string NormalizedValue { get; set; }

    /// <summary>The field path the label is attached to, or null when it applies to the whole entity.</summary>
    public string? Field { get; set; }
}

/// <summary>What a <see cref="CatalogTerm"/> says about its entity.</summary>
public enum CatalogTermKind
{
    /// <summary>An owner (team or person) from the <c>ownership</c> facet.</summary>
    Owner = 0,
    /// <summary>The business domain (schema registry metadata <c>properties.domain</c>, or a <c>domain</c> tag).</summary>
    Domain = 1,
    /// <summary>A free tag from the <c>tags</c> facet.</summary>
    Tag = 2,
    /// <summary>A data classification such as PII, PCI, CONFIDENTIAL or PUBLIC.</summary>
    Classification = 3,
}
