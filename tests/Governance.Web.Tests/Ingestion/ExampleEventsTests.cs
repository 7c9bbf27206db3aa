using System.Net;
using System.Text.Json;
using Governance.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Governance.Web.Tests.Infrastructure.HttpExtensions;

namespace Governance.Web.Tests.Ingestion;

/// <summary>
/// The official OpenLineage examples and Marquez's fixtures are accepted and show up in the read
/// API; the deliberately invalid examples are rejected and leave nothing behind.
/// </summary>
public abstract class ExampleEventsTests(AppFixture fixture)
{
    private readonly GovernanceApp _app = fixture.App;

    public static TheoryData<string> Complete => Fixtures.Names("complete");
    public static TheoryData<string> Marquez => Fixtures.Names("marquez");
    public static TheoryData<string> Invalid => Fixtures.Names("invalid");

    [Theory]
    [MemberData(nameof(Complete))]
    public Task Complete_example_is_accepted_and_readable(string file) => AcceptedAndReadable("complete", file);

    [Theory]
    [MemberData(nameof(Marquez))]
    public Task Marquez_fixture_is_accepted_and_readable(string file) => AcceptedAndReadable("marquez", file);

    [Theory]
    [MemberData(nameof(Invalid))]
    public async Task Invalid_example_is_rejected_and_nothing_is_stored(string file)
    {
        var before = await CountsAsync();
        using var client = _app.CreateIngestClient();

        var response = await client.PostJsonAsync("/api/v1/lineage", Fixtures.Read("invalid", file));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadJsonAsync();
        Assert.Equal("Invalid OpenLineage event", problem.GetProperty("title").GetString());
        Assert.NotEmpty(problem.GetProperty("errors").EnumerateArray());
        Assert.All(problem.GetProperty("errors").EnumerateArray(), e => Assert.StartsWith("$", e.GetProperty("path").GetString()));
        Assert.Equal(before, await CountsAsync());
    }

    private async Task AcceptedAndReadable(string folder, string file)
    {
        using var client = _app.CreateIngestClient();
        var events = Fixtures.Events(folder, file);
        if (events.Count == 1)
        {
            var response = await client.PostJsonAsync("/api/v1/lineage", events[0].GetRawText());
            Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK,
                $"{file}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
        else
        {
            var response = await client.PostJsonAsync("/api/v1/lineage/batch", JsonSerializer.Serialize(events));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var result = await response.ReadJsonAsync();
            Assert.Equal(0, result.GetProperty("rejected").GetInt32());
            Assert.Equal(events.Count, result.GetProperty("stored").GetInt32() + result.GetProperty("duplicates").GetInt32());
        }

        foreach (var evt in events)
        {
            await AssertReadableAsync(client, evt);
        }
    }

    private static async Task AssertReadableAsync(HttpClient client, JsonElement evt)
    {
        if (evt.TryGetProperty("job", out var job))
        {
            var ns = job.GetProperty("namespace").GetString()!;
            var name = job.GetProperty("name").GetString()!;
            var dto = await client.GetJsonAsync($"/api/v1/namespaces/{Segment(ns)}/jobs/{Segment(name)}");
            Assert.Equal(name, dto.GetProperty("name").GetString());
        }

        foreach (var dataset in Datasets(evt))
        {
            var ns = dataset.GetProperty("namespace").GetString()!;
            var name = dataset.GetProperty("name").GetString()!;
            var dto = await client.GetJsonAsync($"/api/v1/namespaces/{Segment(ns)}/datasets/{Segment(name)}");
            Assert.Equal(name, dto.GetProperty("name").GetString());
            Assert.Equal(ns, dto.GetProperty("namespace").GetString());
        }
    }

    private static IEnumerable<JsonElement> Datasets(JsonElement evt)
    {
        foreach (var key in new[] { "inputs", "outputs" })
        {
            if (evt.TryGetProperty(key, out var list) && list.ValueKind == JsonValueKind.Array)
            {
                foreach (var d in list.EnumerateArray())
                {
                    yield return d;
                }
            }
        }

        // A DatasetEvent carries one dataset; a RunEvent's stray "dataset" key is not one of its datasets.
        if (!evt.TryGetProperty("run", out _) && evt.TryGetProperty("dataset", out var single))
        {
            yield return single;
        }
    }

    private Task<(int Events, int Namespaces, int Datasets, int Jobs, int Runs)> CountsAsync() =>
        _app.QueryAsync(async db => (
            await db.RawEvents.CountAsync(), await db.Namespaces.CountAsync(), await db.Datasets.CountAsync(),
            await db.Jobs.CountAsync(), await db.Runs.CountAsync()));
}

public sealed class SqliteExampleEventsTests(SqliteAppFixture fixture) : ExampleEventsTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class PostgreSqlExampleEventsTests(PostgreSqlAppFixture fixture) : ExampleEventsTests(fixture), IClassFixture<PostgreSqlAppFixture>;
