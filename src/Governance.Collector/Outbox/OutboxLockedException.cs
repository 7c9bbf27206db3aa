namespace Governance.Collector.Outbox;

/// <summary>
/// Thrown when an outbox directory is already owned by another <see cref="FileOutbox"/>, normally a
/// second collector process configured with the same <see cref="OutboxOptions.Directory"/>. Two
/// writers would interleave records and acknowledge each other's events.
/// </summary>
public sealed class OutboxLockedException : IOException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">Which directory is locked and what to do about it.</param>
    /// <param name="innerException">The error that opening the lock file raised.</param>
    public OutboxLockedException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
