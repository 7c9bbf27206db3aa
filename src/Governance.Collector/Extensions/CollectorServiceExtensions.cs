using Governance.Collector.Emission;
using Governance.Collector.Lag;
using Governance.Collector.Lineage;
using Governance.Collector.Outbox;
using Governance.Collector.Pipeline;
using Governance.Collector.Scanning;
using Governance.Collector.Transport;
using Microsoft.Extensions.Options;

namespace Governance.Collector.Extensions;

public static class CollectorServiceExtensions
{
    /// <summary>Where <c>collector</c> looks for its settings when <c>--config</c> is not given.</summary>
    public const string DefaultConfigFile = "collector.json";

    /// <summary>The collector's settings: the config file, then <c>GOVERNANCE_COLLECTOR_</c> environment variables.</summary>
    public static IConfigurationBuilder AddCollectorConfiguration(this IConfigurationBuilder configuration, string? path)
    {
        var file = Path.GetFullPath(path ?? DefaultConfigFile);
        if (path is not null && !File.Exists(file))
        {
            throw new FileNotFoundException($"The configuration file '{file}' does not exist.", file);
        }

        return configuration
            .AddJsonFile(file, optional: path is null, reloadOnChange: false)
            .AddEnvironmentVariables("GOVERNANCE_COLLECTOR_");
    }

    /// <summary>Scanning, lineage, lag, emission and the outbox with its delivery service.</summary>
    public static IHostApplicationBuilder AddCollectorServices(this IHostApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        builder.Services.AddPlatformInspection(configuration);
        builder.Services.AddOutbox(configuration);
        builder.Services.AddOptions<EmissionOptions>().BindConfiguration(EmissionOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<ScanScheduleOptions>().BindConfiguration(ScanScheduleOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(Options.Create(ReadLineage(configuration.GetSection("Lineage"))));
        // Lag:WindowSize: how many scans a verdict looks back over (Burrow's window).
        builder.Services.AddSingleton(new LagTracker(new LagOptions
        {
            WindowSize = configuration.GetValue("Lag:WindowSize", LagOptions.DefaultWindowSize),
        }));
        builder.Services.AddSingleton(sp => new EmissionPlanner(
            sp.GetRequiredService<IOptions<EmissionOptions>>().Value,
            sp.GetRequiredService<IOptions<PortalOptions>>().Value.Url ?? DefaultPortalUrl));
        builder.Services.AddSingleton<CollectorPipeline>();
        return builder;
    }

    /// <summary>Where our facet schemas are said to live when no portal is configured (console or file transport).</summary>
    public const string DefaultPortalUrl = "http://localhost:5080";

    // LineageOptions is an immutable record with positional members, which the binder cannot fill.
    private static LineageOptions ReadLineage(IConfigurationSection section)
    {
        var headers = section.GetSection("ProducerHeaders").Get<string[]>();
        var declared = section.GetSection("DeclaredProducers").GetChildren()
            .Select(d => new DeclaredProducer(d["Application"] ?? "", d["Cluster"] ?? "", d.GetSection("Topics").Get<string[]>() ?? []))
            .ToList();
        return new LineageOptions
        {
            ProducerHeaders = headers is { Length: > 0 } ? headers : LineageOptions.DefaultProducerHeaders,
            DeclaredProducers = declared,
        };
    }
}
