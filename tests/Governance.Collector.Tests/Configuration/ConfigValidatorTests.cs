using System.Text;
using Governance.Collector.Configuration;
using Microsoft.Extensions.Configuration;

namespace Governance.Collector.Tests.Configuration;

public sealed class ConfigValidatorTests
{
    private const string Valid = """
        {
          "Clusters": [
            { "Alias": "cloud", "BootstrapServers": "broker-1:9092,broker-2:9092",
              "Settings": { "security.protocol": "sasl_ssl", "sasl.mechanism": "SCRAM-SHA-512", "sasl.username": "collector", "sasl.password": "s3cret" },
              "SchemaRegistry": { "Url": "https://registry.example:8081" }, "Connect": { "Url": "http://connect:8083" } },
            { "Alias": "store-0042", "BootstrapServers": "10.42.0.5:9092" }
          ],
          "Portal": { "Url": "http://portal:5080", "ApiKey": "key" },
          "Scan": { "Interval": "00:01:00" },
          "Lineage": { "DeclaredProducers": [ { "Application": "pos", "Cluster": "store-0042", "Topics": ["pos.transactions"] } ] }
        }
        """;

    [Fact]
    public void A_complete_configuration_has_no_problems() => Assert.Empty(ConfigValidator.Validate(Load(Valid)));

    [Theory]
    [InlineData("\"BootstrapServers\": \"broker-1:9092,broker-2:9092\"", "\"BootstrapServers\": \"broker-1\"", "Clusters:0:BootstrapServers", "'broker-1' is not host:port")]
    [InlineData("\"Alias\": \"store-0042\"", "\"Alias\": \"cloud\"", "Clusters:1:Alias", "used by another cluster")]
    [InlineData("\"Alias\": \"store-0042\"", "\"Alias\": \"Store 42\"", "Clusters:1:Alias", "must be lower-case")]
    [InlineData("\"sasl.password\": \"s3cret\"", "\"sasl.password\": \"\"", "Clusters:0:Settings:sasl.password", "required with sasl.mechanism SCRAM-SHA-512")]
    [InlineData("\"https://registry.example:8081\"", "\"registry:8081\"", "Clusters:0:SchemaRegistry:Url", "not an http:// or https:// address")]
    [InlineData("\"ApiKey\": \"key\"", "\"ApiKey\": \"\"", "Portal:ApiKey", "required")]
    [InlineData("\"Interval\": \"00:01:00\"", "\"Interval\": \"soon\"", "Scan:Interval", "at least 00:00:05")]
    [InlineData("\"Cluster\": \"store-0042\"", "\"Cluster\": \"store-9999\"", "Lineage:DeclaredProducers:0:Cluster", "not the alias of a configured cluster")]
    [InlineData("\"Scan\":", "\"Scna\":", "Scna", "did you mean 'Scan'?")]
    public void A_bad_field_is_named_with_what_is_wrong(string from, string to, string path, string message)
    {
        var problems = ConfigValidator.Validate(Load(Valid.Replace(from, to, StringComparison.Ordinal)));

        var problem = Assert.Single(problems, p => p.Path == path);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Secrets_are_never_echoed()
    {
        var problems = ConfigValidator.Validate(Load(Valid.Replace("\"security.protocol\": \"sasl_ssl\", ", "", StringComparison.Ordinal)));

        Assert.NotEmpty(problems);
        Assert.DoesNotContain(problems, p => p.ToString().Contains("s3cret", StringComparison.Ordinal));
    }

    [Fact]
    public void The_example_configuration_is_valid()
    {
        var example = Path.Combine(AppContext.BaseDirectory, "collector.example.json");

        Assert.Empty(ConfigValidator.Validate(new ConfigurationBuilder().AddJsonFile(example).Build()));
    }

    [Fact]
    public void No_clusters_is_a_problem() =>
        Assert.Contains(ConfigValidator.Validate(Load("""{ "Transport": { "Type": "Console" } }""")), p => p.Path == "Clusters");

    private static IConfiguration Load(string json) =>
        new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build();
}
