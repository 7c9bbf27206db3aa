namespace Governance.Model.OpenLineage;

/// <summary>A spec <c>StaticDataset</c>: the dataset of a <see cref="DatasetEvent"/>.</summary>
public sealed record StaticDataset : Dataset;
