using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Governance.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Governance.Web.Tests.Ingestion;

/// <summary>The OpenLineage HTTP transport contract: auth, media types, limits, gzip, idempotency, batches.</summary>
public abstract class IngestionContractTests(AppFixture fixture)
{
    private readonly GovernanceApp _app = fixture.App;

    [Fact]
    public async Task Posting_the_same_event_twice_stores_and_projects_it_once()
    {
        var job = TestEvents.Unique("job");
        var runId = Guid.NewGuid().ToString();
        var evt = TestEvents.Run("START", "tests", job, runId, DateTimeOffset.UtcNow,
            outputs: [TestEvents.Dataset("tests", TestEvents.Unique("ds"), ("id", "long"))]);
        using var client = _app.CreateIngestClient();

        var first = await client.PostJsonAsync("/api/v1/lineage", evt);
        var second = await client.PostJsonAsync("/api/v1/lineage", evt);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("duplicate", (await second.ReadJsonAsync()).GetProperty("status").GetString());
        Assert.Equal(1, await _app.QueryAsync(db => db.RawEvents.CountAsync(e => e.RunId == runId)));
        Assert.Equal(1, await _app.QueryAsync(db => db.Runs.CountAsync(r => r.RunId == runId)));
        Assert.Equal(1, await _app.QueryAsync(db => db.RunStates.CountAsync(s => db.Runs.Any(r => r.Id == s.RunId && r.RunId == runId))));
        Assert.Equal(1, await _app.QueryAsync(db => db.LineageEdges.CountAsync(e => e.Job.Name == job)));
    }

    [Fact]
    public async Task The_same_event_with_reordered_properties_is_a_duplicate()
    {
        var evt = TestEvents.Run("START", "tests", TestEvents.Unique("job"), Guid.NewGuid().ToString(), DateTimeOffset.UtcNow);
        var reordered = new JsonObject(evt.Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())).Reverse());
        using var client = _app.CreateIngestClient();

        Assert.Equal(HttpStatusCode.Created, (await client.PostJsonAsync("/api/v1/lineage", evt)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostJsonAsync("/api/v1/lineage", reordered)).StatusCode);
    }

    [Fact]
    public async Task A_batch_with_one_bad_event_stores_the_good_ones_and_reports_the_bad_one()
    {
        var job = TestEvents.Unique("job");
        var good1 = TestEvents.Run("START", "tests", job, Guid.NewGuid().ToString(), DateTimeOffset.UtcNow);
        var bad = TestEvents.Run("START", "tests", job, Guid.NewGuid().ToString(), DateTimeOffset.UtcNow);
        ((JsonObject)bad["run"]!).Remove("runId");
        var good2 = TestEvents.Run("COMPLETE", "tests", job, Guid.NewGuid().ToString(), DateTimeOffset.UtcNow);
        using var client = _app.CreateIngestClient();

        var response = await client.PostJsonAsync("/api/v1/lineage/batch", new JsonArray(good1, bad, good2));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.ReadJsonAsync();
        Assert.Equal(2, result.GetProperty("stored").GetInt32());
        Assert.Equal(1, result.GetProperty("rejected").GetInt32());
        var rejected = result.GetProperty("results")[1];
        Assert.Equal("rejected", rejected.GetProperty("status").GetString());
        Assert.Contains(rejected.GetProperty("errors").EnumerateArray(), e => e.GetProperty("path").GetString()!.Contains("run", StringComparison.Ordinal));
        Assert.Equal(2, await _app.QueryAsync(db => db.RawEvents.CountAsync(e => e.JobName == job)));
    }

    [Fact]
    public async Task Missing_or_wrong_api_key_is_401_and_stores_nothing()
    {
        var job = TestEvents.Unique("job");
        var evt = TestEvents.Run("START", "tests", job, Guid.NewGuid().ToString(), DateTimeOffset.UtcNow);
        using var anonymous = _app.CreateClient();
        using var wrong = _app.CreateClient();
        wrong.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-the-key");

        var noKey = await anonymous.PostJsonAsync("/api/v1/lineage", evt);
        var badKey = await wrong.PostJsonAsync("/api/v1/lineage", evt);

        Assert.Equal(HttpStatusCode.Unauthorized, noKey.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, badKey.StatusCode);
        Assert.Equal("application/problem+json", badKey.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, await _app.QueryAsync(db => db.RawEvents.CountAsync(e => e.JobName == job)));
    }

    [Fact]
    public async Task Wrong_content_type_is_415()
    {
        using var client = _app.CreateIngestClient();
        var evt = TestEvents.Run("START", "tests", TestEvents.Unique("job"), Guid.NewGuid().ToString(), DateTimeOffset.UtcNow);

        var response = await client.PostAsync("/api/v1/lineage", new StringContent(evt.ToJsonString(), Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Contains("application/json", (await response.ReadJsonAsync()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Body_over_the_limit_is_413_even_when_gzipped()
    {
        using var client = _app.CreateIngestClient();
        var evt = TestEvents.Run("START", "tests", TestEvents.Unique("job"), Guid.NewGuid().ToString(), DateTimeOffset.UtcNow);
        evt["padding"] = new string('x', 2 * 1024 * 1024); // the test app allows 1 MB

        var plain = await client.PostJsonAsync("/api/v1/lineage", evt);
        var gzipped = await client.PostAsync("/api/v1/lineage", Gzip(evt.ToJsonString()));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, plain.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, gzipped.StatusCode);
    }

    [Fact]
    public async Task Gzipped_event_is_accepted()
    {
        using var client = _app.CreateIngestClient();
        var job = TestEvents.Unique("job");
        var evt = TestEvents.Run("START", "tests", job, Guid.NewGuid().ToString(), DateTimeOffset.UtcNow);

        var response = await client.PostAsync("/api/v1/lineage", Gzip(evt.ToJsonString()));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(1, await _app.QueryAsync(db => db.Jobs.CountAsync(j => j.Name == job)));
    }

    [Fact]
    public async Task Malformed_json_is_400_with_position()
    {
        using var client = _app.CreateIngestClient();

        var response = await client.PostJsonAsync("/api/v1/lineage", "{\"eventType\": \"START\",");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("line", (await response.ReadJsonAsync()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Format_only_problems_are_accepted_with_warnings()
    {
        using var client = _app.CreateIngestClient();
        var evt = TestEvents.Run("START", "tests", TestEvents.Unique("job"), "not-a-uuid", DateTimeOffset.UtcNow);
        evt["run"]!["runId"] = "run-" + Guid.NewGuid().ToString("N");

        var response = await client.PostJsonAsync("/api/v1/lineage", evt);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Contains((await response.ReadJsonAsync()).GetProperty("warnings").EnumerateArray(),
            w => w.GetProperty("path").GetString() == "$.run.runId");
    }

    private static ByteArrayContent Gzip(string json)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes(json));
        }

        var content = new ByteArrayContent(buffer.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        content.Headers.ContentEncoding.Add("gzip");
        return content;
    }
}

public sealed class SqliteIngestionContractTests(SqliteAppFixture fixture) : IngestionContractTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class PostgreSqlIngestionContractTests(PostgreSqlAppFixture fixture) : IngestionContractTests(fixture), IClassFixture<PostgreSqlAppFixture>;
