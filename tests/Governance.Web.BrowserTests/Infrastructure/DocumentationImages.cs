namespace Governance.Web.BrowserTests.Infrastructure;

/// <summary>Where the screenshots used by the documentation go: <c>docs/images</c> of the repository.</summary>
public static class DocumentationImages
{
    /// <summary>The folder, or null when the tests do not run inside a checkout (then nothing is written).</summary>
    public static string? Folder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Governance.sln")))
            {
                var images = Path.Combine(directory.FullName, "docs", "images");
                return Directory.Exists(images) ? images : null;
            }
        }

        return null;
    }
}
