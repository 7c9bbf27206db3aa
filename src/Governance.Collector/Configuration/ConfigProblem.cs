namespace Governance.Collector.Configuration;

/// <summary>One problem in the collector's configuration, named by its path in the file (e.g. <c>Clusters:1:BootstrapServers</c>).</summary>
public sealed record ConfigProblem(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}
