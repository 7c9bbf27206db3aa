namespace Governance.Web.BrowserTests.Infrastructure;

/// <summary>Where the screenshots used by the documentation go: <c>docs/images</c> of the repository.</summary>
public static class DocumentationImages
{
    /// <summary>The folder, or null when the tests do not run inside a checkout (then nothing is written).</summary>
    public static string? Folder()
    {
        if (RepositoryRoot() is { } root)
        {
            var images = Path.Combine(root, "docs", "images");
            return Directory.Exists(images) ? images : null;
        }

        return null;
    }

    /// <summary>The checkout the tests were built from (the folder holding Governance.sln), or null outside one.</summary>
    public static string? RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Governance.sln")))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
