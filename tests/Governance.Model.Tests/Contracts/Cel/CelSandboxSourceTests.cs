namespace Governance.Model.Tests.Contracts.Cel;

/// <summary>
/// The evaluator must never reach host objects. Besides the behavioural tests (CelFunctionTests:
/// Host_members_are_unreachable), this keeps reflection and dynamic code out of the CEL sources.
/// </summary>
public class CelSandboxSourceTests
{
    private static readonly string[] Forbidden =
    [
        "System.Reflection", "GetType(", "typeof(", "Activator", "dynamic ", "Expression.Lambda", ".Compile(",
        "System.Linq.Expressions", "Reflection.Emit", "InvokeMember", "GetMethod", "Assembly",
    ];

    [Fact]
    public void Cel_sources_use_no_reflection_or_dynamic_code()
    {
        var directory = FindSources();
        var files = Directory.GetFiles(directory, "*.cs");

        Assert.True(files.Length > 10, $"expected the CEL sources in {directory}");
        var offenders = files
            .SelectMany(file => File.ReadLines(file).Select((line, index) => (file, line, index)))
            .Where(entry => !entry.line.TrimStart().StartsWith("///", StringComparison.Ordinal))
            .Where(entry => Forbidden.Any(word => entry.line.Contains(word, StringComparison.Ordinal)))
            .Select(entry => $"{Path.GetFileName(entry.file)}:{entry.index + 1}: {entry.line.Trim()}")
            .ToList();
        Assert.Empty(offenders);
    }

    private static string FindSources()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "src", "Governance.Model", "Contracts", "Cel");
            if (Directory.Exists(candidate))
                return candidate;
        }

        throw new DirectoryNotFoundException("src/Governance.Model/Contracts/Cel not found above " + AppContext.BaseDirectory);
    }
}
