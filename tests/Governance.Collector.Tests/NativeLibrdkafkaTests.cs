using Confluent.Kafka;
using Governance.Collector.Kafka;

namespace Governance.Collector.Tests;

/// <summary>
/// The Kafka clients depend on the native librdkafka of the librdkafka.redist package; these
/// tests prove it is the expected version and that it really loads and runs (no broker needed).
/// </summary>
public sealed class NativeLibrdkafkaTests
{
    // Port 9 (discard) on loopback: connections are refused at once, nothing is ever reached.
    private const string NoBroker = "127.0.0.1:9";

    [Fact]
    public void Native_librdkafka_2_15_is_loaded()
    {
        Assert.StartsWith("2.15.", Library.VersionString, StringComparison.Ordinal);
        Assert.Equal(0x020F, Library.Version >> 16);
        Assert.Equal(Library.VersionString, KafkaNative.Version);
    }

    [Fact]
    public void Producer_can_be_built_and_disposed_without_a_broker()
    {
        var config = new ProducerConfig { BootstrapServers = NoBroker, ClientId = "governance-tests" };

        using var producer = new ProducerBuilder<string, string>(config)
            .SetLogHandler((_, _) => { })
            .Build();

        Assert.StartsWith("governance-tests#producer-", producer.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Admin_client_can_be_built_and_disposed_without_a_broker()
    {
        var config = new AdminClientConfig { BootstrapServers = NoBroker, ClientId = "governance-tests" };

        using var admin = new AdminClientBuilder(config)
            .SetLogHandler((_, _) => { })
            .Build();

        Assert.StartsWith("governance-tests#producer-", admin.Name, StringComparison.Ordinal);
    }
}
