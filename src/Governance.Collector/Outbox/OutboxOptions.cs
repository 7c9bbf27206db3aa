using System.ComponentModel.DataAnnotations;

namespace Governance.Collector.Outbox;

/// <summary>Settings of the durable outbox and its delivery loop (configuration section <c>Outbox</c>).</summary>
public sealed class OutboxOptions : IValidatableObject
{
    /// <summary>The configuration section these options are bound to.</summary>
    public const string SectionName = "Outbox";

    /// <summary>
    /// Folder holding the outbox (segments, acknowledgement cursor, dead letters, lock file). A
    /// relative path is resolved against the host's content root. Only one collector process may use
    /// a folder at a time.
    /// </summary>
    [Required(AllowEmptyStrings = false)]
    public string Directory { get; set; } = "data/outbox";

    /// <summary>
    /// Disk budget in bytes for segments plus the dead-letter file (default 512 MiB). When an
    /// enqueue would exceed it, <see cref="IOutbox.EnqueueAsync"/> throws
    /// <see cref="OutboxFullException"/>; nothing is dropped silently.
    /// </summary>
    [Range(1024L * 1024, long.MaxValue, ErrorMessage = "Outbox:MaxBytes must be at least 1 MiB (1048576).")]
    public long MaxBytes { get; set; } = 512L * 1024 * 1024;

    /// <summary>
    /// Size in bytes after which a new segment file is started (default 4 MiB). A segment is deleted
    /// once all its events are delivered, so smaller segments free disk sooner; one enqueue call is
    /// never split across segments, so a segment may exceed this by one call.
    /// </summary>
    [Range(4096, 1024L * 1024 * 1024, ErrorMessage = "Outbox:SegmentBytes must be between 4 KiB and 1 GiB.")]
    public long SegmentBytes { get; set; } = 4L * 1024 * 1024;

    /// <summary>Most events sent in one delivery attempt (default 200).</summary>
    [Range(1, 10_000, ErrorMessage = "Outbox:BatchSize must be between 1 and 10000.")]
    public int BatchSize { get; set; } = 200;

    /// <summary>Wait after the first failed delivery (default 1 s); doubled after each further failure.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00", ErrorMessage = "Outbox:RetryInitialDelay must be between 1 ms and 1 hour.")]
    public TimeSpan RetryInitialDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait between delivery attempts (default 60 s), before jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00", ErrorMessage = "Outbox:RetryMaxDelay must be between 1 ms and 1 hour.")]
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// On shutdown, how long a batch already in flight may still take so that its acknowledgement
    /// is recorded (default 5 s). After that it is abandoned and resent after the restart, which the
    /// portal reports as duplicates.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00", ErrorMessage = "Outbox:StopGracePeriod must be between 0 and 5 minutes.")]
    public TimeSpan StopGracePeriod { get; set; } = TimeSpan.FromSeconds(5);

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (SegmentBytes > MaxBytes)
        {
            yield return new ValidationResult(
                $"Outbox:SegmentBytes ({SegmentBytes}) must not exceed Outbox:MaxBytes ({MaxBytes}).",
                [nameof(SegmentBytes), nameof(MaxBytes)]);
        }

        if (RetryMaxDelay < RetryInitialDelay)
        {
            yield return new ValidationResult(
                $"Outbox:RetryMaxDelay ({RetryMaxDelay}) must not be shorter than Outbox:RetryInitialDelay ({RetryInitialDelay}).",
                [nameof(RetryMaxDelay), nameof(RetryInitialDelay)]);
        }
    }
}
