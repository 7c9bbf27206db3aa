using System.ComponentModel.DataAnnotations;
using Governance.Collector.Outbox;
using Governance.Collector.Tests.Outbox;
using Governance.Collector.Transport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Governance.Collector.Tests.Transport;

/// <summary>Transport and portal settings: validation and the transport each selects.</summary>
public sealed class TransportOptionsTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void The_file_transport_needs_a_path()
    {
        Assert.Contains(Errors(new TransportOptions { Type = TransportKind.File }), e => e.StartsWith("Transport:Path is required", StringComparison.Ordinal));
        Assert.Empty(Errors(new TransportOptions { Type = TransportKind.File, Path = "events.jsonl" }));
        Assert.Empty(Errors(new TransportOptions { Type = TransportKind.Console }));
    }

    [Fact]
    public void The_portal_address_and_key_are_required_for_http_only()
    {
        var empty = new PortalOptions();
        Assert.Equal(
            ["Portal:Url is required when Transport:Type is Http.", "Portal:ApiKey is required when Transport:Type is Http (the portal's ingestion key)."],
            PortalOptionsValidator.Check(empty, TransportKind.Http));
        Assert.Empty(PortalOptionsValidator.Check(empty, TransportKind.Console));
        Assert.Equal(
            ["Portal:Url must be an absolute http or https URL."],
            PortalOptionsValidator.Check(new PortalOptions { Url = "ftp://portal", ApiKey = "k" }, TransportKind.Http));
        Assert.Empty(PortalOptionsValidator.Check(new PortalOptions { Url = "https://portal.example.com/", ApiKey = "k" }, TransportKind.Http));
    }

    [Fact]
    public void Portal_settings_are_range_checked_and_never_print_the_key()
    {
        var options = new PortalOptions { Url = "https://portal", ApiKey = "top-secret", RequestTimeout = TimeSpan.Zero, CompressionThresholdBytes = -1 };
        var errors = Errors(options);
        Assert.Contains(errors, e => e.Contains("Portal:RequestTimeout", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("Portal:CompressionThresholdBytes", StringComparison.Ordinal));
        Assert.DoesNotContain("top-secret", options.ToString(), StringComparison.Ordinal);
        Assert.Contains("ApiKey=***", options.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Console", typeof(ConsoleTransport))]
    [InlineData("console", typeof(ConsoleTransport))]
    [InlineData("File", typeof(FileTransport))]
    [InlineData("Http", typeof(HttpTransport))]
    public void The_configured_transport_is_registered(string type, Type expected)
    {
        using var services = Provider(new()
        {
            ["Outbox:Directory"] = _dir.Path,
            ["Transport:Type"] = type,
            ["Transport:Path"] = "events.jsonl",
            ["Portal:Url"] = "http://127.0.0.1:9/",
            ["Portal:ApiKey"] = "key",
        });

        Assert.IsType(expected, services.GetRequiredService<IEventTransport>());
    }

    [Fact]
    public void An_unknown_transport_type_is_refused()
    {
        using var services = Provider(new() { ["Outbox:Directory"] = _dir.Path, ["Transport:Type"] = "Kafka" });

        Assert.Throws<InvalidOperationException>(() => services.GetRequiredService<IOptions<TransportOptions>>().Value);
    }

    [Fact]
    public void Relative_paths_are_resolved_against_the_content_root()
    {
        using var services = Provider(new() { ["Outbox:Directory"] = "relative/outbox", ["Transport:Type"] = "File", ["Transport:Path"] = "out/events.jsonl" },
            contentRoot: _dir.Path);

        Assert.Equal(_dir.Combine("relative/outbox"), services.GetRequiredService<FileOutbox>().DirectoryPath);
        Assert.Equal(_dir.Combine("out/events.jsonl"), Assert.IsType<FileTransport>(services.GetRequiredService<IEventTransport>()).Path);
    }

    private static ServiceProvider Provider(Dictionary<string, string?> settings, string? contentRoot = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging();
        if (contentRoot is not null)
        {
            services.AddSingleton<Microsoft.Extensions.Hosting.IHostEnvironment>(new TestEnvironment(contentRoot));
        }

        return services.AddOutbox(configuration).BuildServiceProvider();
    }

    private static List<string> Errors(object options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return [.. results.Select(r => r.ErrorMessage!)];
    }

    private sealed class TestEnvironment(string contentRoot) : Microsoft.Extensions.Hosting.IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Test";

        public string ApplicationName { get; set; } = "tests";

        public string ContentRootPath { get; set; } = contentRoot;

        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = new Microsoft.Extensions.FileProviders.NullFileProvider();
    }
}
