namespace Governance.Model.Tests.Contracts.Odcs;

/// <summary>The ODCS example contracts copied to the test output directory (see Fixtures/Odcs/NOTICE.md).</summary>
internal static class OdcsFixtures
{
    public static string Root { get; } = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Odcs");

    /// <summary>Relative paths (with forward slashes) of every example, e.g. <c>schema/kafka-schema.odcs.yaml</c>.</summary>
    public static IReadOnlyList<string> All { get; } = Directory.GetFiles(Root, "*.odcs.yaml", SearchOption.AllDirectories)
        .Select(path => Path.GetRelativePath(Root, path).Replace('\\', '/'))
        .Order(StringComparer.Ordinal)
        .ToArray();

    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));
}
