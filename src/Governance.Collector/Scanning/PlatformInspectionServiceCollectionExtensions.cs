using Governance.Collector.Kafka;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Governance.Collector.Scanning;

/// <summary>Registers the platform scan.</summary>
public static class PlatformInspectionServiceCollectionExtensions
{
    /// <summary>Name of the <see cref="HttpClient"/> the Schema Registry clients use.</summary>
    public const string SchemaRegistryHttpClient = "Governance.SchemaRegistry";

    /// <summary>Name of the <see cref="HttpClient"/> the Kafka Connect clients use.</summary>
    public const string ConnectHttpClient = "Governance.Connect";

    /// <summary>
    /// Binds <see cref="PlatformScanOptions"/> from <paramref name="configuration"/> (keys <c>Clusters</c>,
    /// <c>Sampling</c>, <c>Scan</c>), validates it when the host starts, and registers
    /// <see cref="PlatformScanner"/>, <see cref="KafkaClusterInspectors"/> (one admin client per cluster,
    /// disposed at shutdown) and the two named HTTP clients (header values redacted in their logs).
    /// </summary>
    public static IServiceCollection AddPlatformInspection(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<PlatformScanOptions>()
            .Bind(configuration)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PlatformScanOptions>, PlatformScanOptionsValidator>());
        services.AddOptions<SamplingOptions>().Bind(configuration.GetSection(SamplingOptions.SectionName));

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<PlatformScanOptions>>().Value;
            return new KafkaClusterInspectors(
                options.Clusters.Select(c => c.ToKafkaOptions()),
                options.Scan.Kafka,
                sp.GetRequiredService<ILoggerFactory>());
        });
        services.TryAddSingleton<PlatformScanner>();

        services.AddHttpClient(SchemaRegistryHttpClient, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .RedactLoggedHeaders(_ => true);
        services.AddHttpClient(ConnectHttpClient, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .RedactLoggedHeaders(_ => true);
        return services;
    }
}

/// <summary>Fails the host's start with every configuration problem listed (secret values never appear in them).</summary>
internal sealed class PlatformScanOptionsValidator : IValidateOptions<PlatformScanOptions>
{
    public ValidateOptionsResult Validate(string? name, PlatformScanOptions options)
    {
        var errors = options.Validate();
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
