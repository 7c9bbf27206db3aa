namespace Governance.Collector.Lineage.External;

/// <summary>An external dataset a connector reads or writes, and the configuration that names it.</summary>
/// <param name="Dataset">OpenLineage identity (namespace after the naming spec of the system, e.g. <c>postgres://host:5432</c>).</param>
/// <param name="Because">The configuration entries it follows from, for the evidence.</param>
internal sealed record ExternalDataset(DatasetRef Dataset, string Because);
