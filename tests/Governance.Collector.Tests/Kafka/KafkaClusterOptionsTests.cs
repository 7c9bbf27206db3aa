using Governance.Collector.Kafka;

namespace Governance.Collector.Tests.Kafka;

public sealed class KafkaClusterOptionsTests
{
    private static KafkaClusterOptions Options(Dictionary<string, string>? settings = null, string alias = "store-0042", string bootstrap = "broker-1:9092, broker-2:9092") => new()
    {
        Alias = alias,
        BootstrapServers = bootstrap,
        Settings = settings ?? [],
    };

    [Fact]
    public void ToString_redacts_passwords_secrets_jaas_and_oauthbearer_settings()
    {
        var options = Options(new Dictionary<string, string>
        {
            ["security.protocol"] = "SASL_SSL",
            ["sasl.mechanism"] = "SCRAM-SHA-512",
            ["sasl.username"] = "collector",
            ["sasl.password"] = "hunter2-very-secret",
            ["ssl.key.password"] = "keypass-123",
            ["sasl.jaas.config"] = "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"u\" password=\"jaaspw\";",
            ["sasl.oauthbearer.client.secret"] = "oauth-secret-xyz",
            ["sasl.oauthbearer.config"] = "scope=kafka clientSecret=abc",
        });

        var text = options.ToString();

        Assert.Contains("sasl.username = collector", text);
        Assert.Contains("security.protocol = SASL_SSL", text);
        foreach (var secret in new[] { "hunter2-very-secret", "keypass-123", "jaaspw", "oauth-secret-xyz", "clientSecret=abc" })
        {
            Assert.DoesNotContain(secret, text);
        }

        Assert.Contains("sasl.password = [redacted]", text);
    }

    [Fact]
    public void A_valid_configuration_has_no_problems()
    {
        Assert.Empty(Options().Validate());
        Assert.Equal(["broker-1:9092", "broker-2:9092"], Options().BootstrapServerList);
    }

    [Theory]
    [InlineData("", "broker:9092", "Alias is required")]
    [InlineData("store 42", "broker:9092", "Alias 'store 42'")]
    [InlineData("s", "", "BootstrapServers is required")]
    [InlineData("s", "broker", "'broker' is not host:port")]
    [InlineData("s", "broker:0", "'broker:0' is not host:port")]
    [InlineData("s", "broker:99999", "'broker:99999' is not host:port")]
    public void Bad_configurations_are_named(string alias, string bootstrap, string expected)
    {
        var errors = Options(alias: alias, bootstrap: bootstrap).Validate();
        Assert.Contains(errors, e => e.Contains(expected, StringComparison.Ordinal));
        var ex = Assert.Throws<KafkaConfigurationException>(() => Options(alias: alias, bootstrap: bootstrap).EnsureValid());
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("bootstrap.servers")]
    [InlineData("group.id")]
    [InlineData("enable.auto.commit")]
    public void Settings_the_collector_owns_are_rejected(string key) =>
        Assert.Contains(Options(new Dictionary<string, string> { [key] = "x" }).Validate(), e => e.Contains($"'{key}'", StringComparison.Ordinal));

    [Theory]
    [InlineData("SASL_SSL://broker:9093")]
    [InlineData("[::1]:9092")]
    [InlineData("10.0.0.1:9092")]
    public void Listener_prefixes_and_ipv6_are_host_port(string server) => Assert.True(KafkaOptionsValidation.IsHostPort(server));

    [Fact]
    public void Inspector_refuses_a_bad_configuration_without_echoing_secrets()
    {
        var options = Options(new Dictionary<string, string> { ["sasl.password"] = "pw-123456", ["group.id"] = "x" }, bootstrap: "nope");
        var ex = Assert.Throws<KafkaConfigurationException>(() => new KafkaClusterInspector(
            options, new KafkaInspectionOptions(), Microsoft.Extensions.Logging.Abstractions.NullLogger<KafkaClusterInspector>.Instance));
        Assert.Contains("'nope' is not host:port", ex.Message);
        Assert.Contains("'group.id'", ex.Message);
        Assert.DoesNotContain("pw-123456", ex.Message);
    }

    [Fact]
    public async Task Unknown_librdkafka_property_fails_clearly_at_first_use_without_secrets()
    {
        var options = Options(new Dictionary<string, string> { ["sasl.password"] = "pw-abcdef", ["no.such.property"] = "1" }, bootstrap: "127.0.0.1:9");
        using var inspector = new KafkaClusterInspector(options, new KafkaInspectionOptions(), Microsoft.Extensions.Logging.Abstractions.NullLogger<KafkaClusterInspector>.Instance);

        var snapshot = await inspector.InspectAsync(new SamplingOptions());

        var problem = Assert.Single(snapshot.Completeness.Problems, p => p.Area == Governance.Model.Platform.ScanArea.Metadata);
        Assert.Contains("no.such.property", problem.Message);
        Assert.DoesNotContain("pw-abcdef", problem.Message);
        Assert.True(snapshot.Completeness.Failed(Governance.Model.Platform.ScanArea.Acls));
        Assert.Null(snapshot.Identity.ClusterId);
    }
}
