using Governance.Collector.Kafka;

namespace Governance.Collector.Tests.Kafka;

public sealed class SecretRedactionTests
{
    [Theory]
    [InlineData("sasl.password", true)]
    [InlineData("ssl.key.password", true)]
    [InlineData("ssl.keystore.password", true)]
    [InlineData("sasl.jaas.config", true)]
    [InlineData("sasl.oauthbearer.client.id", true)]
    [InlineData("connection.password", true)]
    [InlineData("aws.secret.access.key", true)]
    [InlineData("SASL.PASSWORD", true)]
    [InlineData("sasl.username", false)]
    [InlineData("security.protocol", false)]
    [InlineData("topics", false)]
    public void Secret_keys(string key, bool secret) => Assert.Equal(secret, SecretRedaction.IsSecretKey(key));

    [Theory]
    [InlineData("https://user:pw@registry:8081/x", "https://user:[redacted]@registry:8081/x")]
    [InlineData("jdbc:postgresql://db:5432/pos?user=app&password=s3cret&ssl=true", "jdbc:postgresql://db:5432/pos?user=app&password=[redacted]&ssl=true")]
    [InlineData("jdbc:postgresql://db:5432/pos", "jdbc:postgresql://db:5432/pos")]
    [InlineData("mongodb://app:pw@mongo:27017", "mongodb://app:[redacted]@mongo:27017")]
    public void Url_secrets(string value, string expected) => Assert.Equal(expected, SecretRedaction.RedactUrlSecrets(value));

    [Fact]
    public void Scrub_removes_secret_values_from_free_text()
    {
        var settings = new Dictionary<string, string> { ["sasl.password"] = "p@ss-word", ["sasl.username"] = "bob" };
        Assert.Equal("Invalid value \"[redacted]\" for bob", SecretRedaction.Scrub("Invalid value \"p@ss-word\" for bob", settings));
    }
}
