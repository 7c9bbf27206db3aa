using Governance.Collector.Scanning;
using Governance.Collector.SchemaRegistry;
using Governance.Collector.Tests.Scanning;
using Governance.Model.Platform;
using Microsoft.Extensions.Logging.Abstractions;

namespace Governance.Collector.Tests.SchemaRegistry;

public sealed class SchemaRegistryReaderTests
{
    private static readonly RestClientOptions Fast = new()
    {
        RequestTimeout = TimeSpan.FromMilliseconds(500),
        MaxAttempts = 2,
        RetryBackoff = TimeSpan.FromMilliseconds(1),
        MaxConcurrency = 4,
        MaxConsecutiveFailures = 3,
    };

    private static async Task<(SchemaRegistrySnapshot? Snapshot, IReadOnlyList<ScanProblem> Problems)> Read(Func<string, (int, string)> answer)
    {
        var client = new SchemaRegistryClient(
            new HttpClient(new ScriptedHttpHandler(answer)), new ServiceEndpoint { Url = "http://registry.test" }, Fast, NullLogger<SchemaRegistryClient>.Instance);
        var context = new ScanContext("cloud", NullLogger.Instance, null);
        var snapshot = await new SchemaRegistryReader(client).ReadAsync(context, CancellationToken.None);
        return (snapshot, context.Problems);
    }

    private static (int, string) Version(string subject, int version, int id) =>
        (200, $$"""{"subject":"{{subject}}","version":{{version}},"id":{{id}},"schema":"\"string\""}""");

    [Fact]
    public async Task Reads_every_subject_with_versions_and_compatibility()
    {
        var (snapshot, problems) = await Read(path => path switch
        {
            "/subjects" => (200, """["b-value","a-value","gone-value"]"""),
            "/config" => (200, """{"compatibilityLevel":"BACKWARD"}"""),
            "/config/a-value?defaultToGlobal=false" => (200, """{"compatibilityLevel":"NONE"}"""),
            "/subjects/a-value/versions" => (200, "[2,1]"),
            "/subjects/a-value/versions/1" => Version("a-value", 1, 10),
            "/subjects/a-value/versions/2" => Version("a-value", 2, 11),
            "/subjects/b-value/versions" => (200, "[1]"),
            "/subjects/b-value/versions/1" => Version("b-value", 1, 12),
            "/subjects/gone-value/versions" => (404, """{"error_code":40401,"message":"Subject 'gone-value' not found."}"""),
            _ => (404, """{"error_code":40408,"message":"no subject-level compatibility"}"""),
        });

        Assert.Empty(problems);
        Assert.Equal("http://registry.test", snapshot!.Url);
        Assert.Equal("BACKWARD", snapshot.GlobalCompatibility);
        Assert.Equal(["a-value", "b-value"], snapshot.Subjects.Select(s => s.Name));
        Assert.Equal([1, 2], snapshot.Subjects[0].Versions.Select(v => v.Version));
        Assert.Equal(11, snapshot.Subjects[0].Latest!.Id);
        Assert.Equal(("NONE", (string?)null), (snapshot.Subjects[0].Compatibility, snapshot.Subjects[1].Compatibility));
    }

    [Fact]
    public async Task A_failing_subject_is_named_and_the_others_are_kept()
    {
        var (snapshot, problems) = await Read(path => path switch
        {
            "/subjects" => (200, """["a","b"]"""),
            "/config" => (200, """{"compatibilityLevel":"FULL"}"""),
            "/subjects/a/versions" => (200, "[1]"),
            "/subjects/a/versions/1" => Version("a", 1, 1),
            "/subjects/b/versions" => (200, "[1,2]"),
            "/subjects/b/versions/1" => Version("b", 1, 2),
            "/subjects/b/versions/2" => (500, """{"error_code":50001,"message":"store down"}"""),
            _ => (404, """{"error_code":40408,"message":"none"}"""),
        });

        Assert.Equal(["a", "b"], snapshot!.Subjects.Select(s => s.Name));
        Assert.Equal([1], snapshot.Subjects[1].Versions.Select(v => v.Version));
        var problem = Assert.Single(problems);
        Assert.Equal(ScanArea.SchemaRegistry, problem.Area);
        Assert.Contains("1 of 2 subjects", problem.Message);
        Assert.Contains("b (version 2: HTTP 500, error 50001: store down)", problem.Message);
    }

    [Fact]
    public async Task No_subject_list_means_no_snapshot()
    {
        var (snapshot, problems) = await Read(_ => (500, """{"error_code":50001,"message":"Error in the backend data store"}"""));
        Assert.Null(snapshot);
        Assert.Contains("GET /subjects failed: HTTP 500, error 50001", Assert.Single(problems).Message);
    }

    [Fact]
    public async Task A_registry_failing_on_every_subject_is_given_up()
    {
        var subjects = string.Join(",", Enumerable.Range(0, 40).Select(i => $"\"s{i}\""));
        var asked = 0;
        var (snapshot, problems) = await Read(path =>
        {
            if (path == "/subjects") return (200, $"[{subjects}]");
            if (path == "/config") return (200, """{"compatibilityLevel":"FULL"}""");
            Interlocked.Increment(ref asked);
            return (503, "");
        });

        Assert.Empty(snapshot!.Subjects);
        Assert.Contains(problems, p => p.Message.Contains("taken as down", StringComparison.Ordinal));
        Assert.True(asked < 40 * 2 * 2, $"{asked} requests");
    }
}
