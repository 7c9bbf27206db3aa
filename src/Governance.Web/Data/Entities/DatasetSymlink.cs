namespace Governance.Web.Data.Entities;

/// <summary>
/// Another (namespace, name) under which a dataset is known, from a <c>symlinks</c> facet: events
/// naming the alias land on the canonical dataset (e.g. a Kafka topic seen by one integration as
/// <c>kafka://broker-1:9092</c> and by the collector under the cluster's id).
/// </summary>
public sealed class DatasetSymlink
{
    public long Id { get; set; }
    public required string Namespace { get; set; }
    public required string Name { get; set; }
    public long DatasetId { get; set; }
    public DatasetEntity Dataset { get; set; } = null!;
    public DateTime CreatedAt { get; set; }
}
