using System.ComponentModel.DataAnnotations;
using Governance.Collector.Outbox;

namespace Governance.Collector.Tests.Outbox;

/// <summary>The outbox settings' data annotations, as the host and the config validator apply them.</summary>
public sealed class OutboxOptionsTests
{
    [Fact]
    public void The_defaults_are_valid()
    {
        var options = new OutboxOptions();
        Assert.Empty(Errors(options));
        Assert.Equal("data/outbox", options.Directory);
        Assert.Equal(200, options.BatchSize);
        Assert.Equal(TimeSpan.FromSeconds(1), options.RetryInitialDelay);
        Assert.Equal(TimeSpan.FromSeconds(60), options.RetryMaxDelay);
    }

    [Fact]
    public void Inconsistent_or_out_of_range_settings_name_the_setting()
    {
        var errors = Errors(new OutboxOptions
        {
            Directory = "",
            BatchSize = 0,
            MaxBytes = 10,
            SegmentBytes = 1024L * 1024 * 1024,
        });
        Assert.Contains(errors, e => e.Contains("Directory", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("Outbox:BatchSize", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("Outbox:MaxBytes", StringComparison.Ordinal));

        // Cross-field rules run once the single fields are valid.
        var crossField = Errors(new OutboxOptions
        {
            MaxBytes = 2 * 1024 * 1024,
            SegmentBytes = 4 * 1024 * 1024,
            RetryInitialDelay = TimeSpan.FromSeconds(10),
            RetryMaxDelay = TimeSpan.FromSeconds(5),
        });
        Assert.Contains(crossField, e => e.Contains("Outbox:SegmentBytes", StringComparison.Ordinal));
        Assert.Contains(crossField, e => e.Contains("Outbox:RetryMaxDelay", StringComparison.Ordinal));
    }

    private static List<string> Errors(OutboxOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return [.. results.Select(r => r.ErrorMessage!)];
    }
}
