using System.Globalization;
using System.Text;

namespace Governance.Collector.Outbox;

/// <summary>
/// Exclusive ownership of an outbox directory by one process, held through an open lock file.
/// The operating system releases it when the process dies, so a crash never leaves a stale lock.
/// </summary>
/// <remarks>
/// On Linux and macOS .NET implements <see cref="FileShare.None"/> with an advisory
/// <c>flock(LOCK_EX)</c>, which conflicts with every other open of the file that asks for it,
/// in another process or in this one; on Windows it is a mandatory share lock. The file is never
/// deleted: deleting it would let a second process lock a new file while the first still holds
/// the old one.
/// </remarks>
internal sealed class DirectoryLock : IDisposable
{
    public const string FileName = "outbox.lock";

    private readonly FileStream _file;

    private DirectoryLock(FileStream file) => _file = file;

    public static DirectoryLock Acquire(string directory)
    {
        var path = Path.Combine(directory, FileName);
        FileStream file;
        try
        {
            file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException ex) when (ex is not FileNotFoundException and not DirectoryNotFoundException and not PathTooLongException)
        {
            throw new OutboxLockedException(
                $"The outbox directory '{directory}' is already in use by another collector (lock file '{path}' is held; "
                + "its content names the owning process). Only one collector may use an outbox directory: stop the other "
                + "instance or give this one its own Outbox:Directory.", ex);
        }

        try
        {
            // For operators only (`cat outbox.lock`); the lock itself is the open file, not this text.
            var owner = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
                $"pid {Environment.ProcessId} on {Environment.MachineName} since {DateTimeOffset.UtcNow:O}\n"));
            file.SetLength(0);
            file.Write(owner);
            file.Flush();
        }
        catch
        {
            file.Dispose();
            throw;
        }

        return new DirectoryLock(file);
    }

    public void Dispose() => _file.Dispose();
}
