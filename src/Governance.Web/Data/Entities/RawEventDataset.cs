namespace Governance.Web.Data.Entities;

/// <summary>
/// Links a stored raw event to a dataset it reported, so a dataset page can list the events behind
/// it without scanning payloads.
/// </summary>
public sealed class RawEventDataset
{
    public long RawEventId { get; set; }
    public long DatasetId { get; set; }

    /// <summary>How the event named the dataset.</summary>
    public RawEventDatasetRole Role { get; set; }
}

/// <summary>Where in an event a dataset appeared.</summary>
public enum RawEventDatasetRole
{
    /// <summary>The dataset of a DatasetEvent.</summary>
    Dataset = 0,
    /// <summary>An input of a RunEvent or JobEvent.</summary>
    Input = 1,
    /// <summary>An output of a RunEvent or JobEvent.</summary>
    Output = 2,
}
