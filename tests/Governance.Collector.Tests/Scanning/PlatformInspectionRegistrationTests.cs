using Governance.Collector.Kafka;
using Governance.Collector.Scanning;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Governance.Collector.Tests.Scanning;

public sealed class PlatformInspectionRegistrationTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddPlatformInspection(configuration);
        return services.BuildServiceProvider();
    }

    [Fact]
    public void Binds_clusters_with_passthrough_settings_endpoints_sampling_and_scan_options()
    {
        using var provider = Build(new()
        {
            ["Clusters:0:Alias"] = "cloud",
            ["Clusters:0:BootstrapServers"] = "kafka-1:9092,kafka-2:9092",
            ["Clusters:0:Settings:security.protocol"] = "SASL_SSL",
            ["Clusters:0:Settings:sasl.password"] = "s3cr3t-pw",
            ["Clusters:0:SchemaRegistry:Url"] = "https://registry:8081",
            ["Clusters:0:SchemaRegistry:Username"] = "sr-key",
            ["Clusters:0:SchemaRegistry:Password"] = "sr-secret",
            ["Clusters:0:Connect:Url"] = "http://connect:8083",
            ["Clusters:1:Alias"] = "store-0001",
            ["Clusters:1:BootstrapServers"] = "edge:9092",
            ["Sampling:RecordsPerPartition"] = "5",
            ["Sampling:Timeout"] = "00:00:20",
            ["Scan:MaxParallelClusters"] = "2",
            ["Scan:Interval"] = "00:05:00",
            ["Scan:Kafka:RequestTimeout"] = "00:00:05",
            ["Scan:SchemaRegistry:MaxConcurrency"] = "3",
        });

        var options = provider.GetRequiredService<IOptions<PlatformScanOptions>>().Value;
        Assert.Equal(["cloud", "store-0001"], options.Clusters.Select(c => c.Alias));
        Assert.Equal("SASL_SSL", options.Clusters[0].Settings["security.protocol"]);
        Assert.Equal("sr-key", options.Clusters[0].SchemaRegistry!.Username);
        Assert.Null(options.Clusters[1].SchemaRegistry);
        Assert.Equal(5, options.Sampling.RecordsPerPartition);
        Assert.Equal(5, provider.GetRequiredService<IOptions<SamplingOptions>>().Value.RecordsPerPartition);
        Assert.Equal(TimeSpan.FromSeconds(20), options.Sampling.Timeout);
        Assert.Equal(2, options.Scan.MaxParallelClusters);
        Assert.Equal(TimeSpan.FromSeconds(5), options.Scan.Kafka.RequestTimeout);
        Assert.Equal(3, options.Scan.SchemaRegistry.MaxConcurrency);

        var text = options.Clusters[0].ToString();
        Assert.DoesNotContain("s3cr3t-pw", text);
        Assert.DoesNotContain("sr-secret", text);

        Assert.Equal(["cloud", "store-0001"], provider.GetRequiredService<PlatformScanner>().Clusters);
        var inspectors = provider.GetRequiredService<KafkaClusterInspectors>();
        Assert.Same(inspectors.Get("cloud"), inspectors.Get("CLOUD"));
        Assert.Throws<KeyNotFoundException>(() => inspectors.Get("nope"));
    }

    [Fact]
    public void The_example_configuration_binds_and_is_valid()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "collector.example.json");
        Assert.True(File.Exists(path), path);
        var configuration = new ConfigurationBuilder().AddJsonFile(path).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddPlatformInspection(configuration);
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<PlatformScanOptions>>().Value;

        Assert.Empty(options.Validate());
        Assert.NotEmpty(options.Clusters);
        Assert.All(options.Clusters, c => Assert.DoesNotContain("change-me", c.ToString()));
    }

    [Fact]
    public void A_bad_configuration_fails_validation_with_every_problem_and_no_secret()
    {
        using var provider = Build(new()
        {
            ["Clusters:0:Alias"] = "cloud",
            ["Clusters:0:BootstrapServers"] = "kafka-1",
            ["Clusters:0:Settings:sasl.password"] = "s3cr3t-pw",
            ["Clusters:0:Settings:group.id"] = "mine",
            ["Clusters:0:SchemaRegistry:Url"] = "https://u:sr-secret@registry:8081",
            ["Clusters:1:Alias"] = "cloud",
            ["Clusters:1:BootstrapServers"] = "edge:9092",
            ["Sampling:Budget"] = "-1",
        });

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<PlatformScanOptions>>().Value);
        var message = string.Join("\n", ex.Failures);
        Assert.Contains("'kafka-1' is not host:port", message);
        Assert.Contains("'group.id' is set by the collector", message);
        Assert.Contains("SchemaRegistry:Url must not contain credentials", message);
        Assert.Contains("alias 'cloud' is used 2 times", message);
        Assert.Contains("Sampling:Budget must not be negative", message);
        Assert.DoesNotContain("s3cr3t-pw", message);
        Assert.DoesNotContain("sr-secret", message);
    }
}
