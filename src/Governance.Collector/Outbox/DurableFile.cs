using System.Runtime.InteropServices;

namespace Governance.Collector.Outbox;

/// <summary>
/// File operations that survive a power loss: data flushed to the device, files replaced
/// atomically, and directory entries (new files, renames) flushed too.
/// </summary>
internal static class DurableFile
{
    /// <summary>Suffix of the temporary file used by <see cref="ReplaceAtomically"/>; leftovers are deleted on open.</summary>
    public const string TemporarySuffix = ".tmp";

    /// <summary>
    /// Replaces <paramref name="path"/> with <paramref name="content"/> so that after a crash the file
    /// holds either the old or the new content, never a mix: write a temporary file, flush it to
    /// disk, rename it over the target, flush the directory.
    /// </summary>
    public static void ReplaceAtomically(string path, ReadOnlySpan<byte> content)
    {
        var temporary = path + TemporarySuffix;
        using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            file.Write(content);
            file.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
        FlushDirectory(Path.GetDirectoryName(path)!);
    }

    /// <summary>
    /// Flushes a directory's entries to disk, so that a file just created or renamed in it is still
    /// there after a power loss (POSIX requires an fsync of the directory for that). Best effort:
    /// a no-op on Windows, where NTFS journals metadata, and where the call is not supported.
    /// </summary>
    public static void FlushDirectory(string directory)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        try
        {
            var descriptor = Open(directory, 0 /* O_RDONLY */);
            if (descriptor < 0)
            {
                return;
            }

            try
            {
                _ = Fsync(descriptor);
            }
            finally
            {
                _ = Close(descriptor);
            }
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            // Not a libc platform: rely on the file system's own ordering.
        }
    }

    // DllImport rather than LibraryImport: the generated LibraryImport stubs need unsafe code,
    // which this project does not otherwise allow, and these three calls marshal trivially.
    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static extern int Fsync(int descriptor);

    [DllImport("libc", EntryPoint = "close", SetLastError = true)]
    private static extern int Close(int descriptor);
}
