namespace Governance.Simulator.Host;

/// <summary>Writes a file so that readers polling for it never see it half-written.</summary>
internal static class AtomicFile
{
    public static async Task WriteAsync(string path, string content, CancellationToken ct)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + ".tmp";
        await File.WriteAllTextAsync(temporary, content, ct);
        File.Move(temporary, full, overwrite: true);
    }
}
