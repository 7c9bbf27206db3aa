using System.Net;
using System.Text.Json;
using Governance.Web.Tests.Infrastructure;
using static Governance.Web.Tests.Contracts.ContractTestData;

namespace Governance.Web.Tests.Contracts;

/// <summary>
/// Draft → active → deprecated: drafts change freely, activating, deprecating and changing a contract in force wait for
/// a steward, the revision in force stays until approval, and going back is refused with a reason.
/// </summary>
public abstract class ContractLifecycleTests(AppFixture fixture)
{
    private readonly GovernanceApp _app = fixture.App;

    [Fact]
    public async Task A_draft_is_activated_changed_and_deprecated_only_with_a_stewards_approval()
    {
        var key = TestEvents.Unique("lifecycle");
        using var client = _app.CreateIngestClient();

        Assert.Equal((HttpStatusCode.Created, "APPROVED"), await SubmitAsync(client, Document(key)));
        Assert.Equal(("DRAFT", 1, (int?)null), await StateAsync(client, key));

        // Activation waits; the draft stays in force meanwhile.
        Assert.Equal((HttpStatusCode.Created, "PENDING"), await SubmitAsync(client, Document(key, status: "active")));
        Assert.Equal(("DRAFT", 1, (int?)2), await StateAsync(client, key));
        var listed = (await client.GetJsonAsync($"/api/v1/contracts?q={key}&pending=true")).GetProperty("contracts")[0];
        Assert.Equal("ACTIVE", listed.GetProperty("pendingStatus").GetString());

        using (var approved = await client.PostJsonAsync($"{ContractUrl(key)}/revisions/2/approve", """{"comment":"Looks right."}"""))
        {
            Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
            var revision = await approved.ReadJsonAsync();
            Assert.Equal(("APPROVED", "ingestion-key", "Looks right.", true), (revision.GetProperty("review").GetString(),
                revision.GetProperty("reviewedBy").GetString(), revision.GetProperty("reviewComment").GetString(), revision.GetProperty("inForce").GetBoolean()));
        }

        Assert.Equal(("ACTIVE", 2, (int?)null), await StateAsync(client, key));

        // A change to an active contract waits too; a rejection needs a reason and leaves revision 2 in force.
        Assert.Equal((HttpStatusCode.Created, "PENDING"), await SubmitAsync(client, Document(key, status: "active", version: "1.1.0")));
        using (var silent = await client.PostJsonAsync($"{ContractUrl(key)}/revisions/3/reject", "{}"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, silent.StatusCode);
            Assert.True((await silent.ReadJsonAsync()).GetProperty("errors").TryGetProperty("comment", out _));
        }

        using (var rejected = await client.PostJsonAsync($"{ContractUrl(key)}/revisions/3/reject", """{"comment":"Bump the major version."}"""))
        {
            Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        }

        Assert.Equal(("ACTIVE", 2, (int?)null), await StateAsync(client, key));
        using (var twice = await client.PostJsonAsync($"{ContractUrl(key)}/revisions/3/approve", "{}"))
        {
            Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
            Assert.Contains("not waiting for a review: it was rejected by ingestion-key", (await twice.ReadJsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        Assert.Equal((HttpStatusCode.Created, "PENDING"), await SubmitAsync(client, Document(key, status: "deprecated")));
        (await client.PostJsonAsync($"{ContractUrl(key)}/revisions/4/approve", "{}")).Dispose();
        Assert.Equal(("DEPRECATED", 4, (int?)null), await StateAsync(client, key));
        Assert.Equal(["APPROVED", "REJECTED", "APPROVED", "APPROVED"],
            (await client.GetJsonAsync($"{ContractUrl(key)}/revisions")).EnumerateArray().Select(r => r.GetProperty("review").GetString()));
    }

    [Theory]
    [InlineData(new[] { "active" }, "draft", "An active contract cannot go back to draft")]
    [InlineData(new[] { "active", "deprecated" }, "active", "A deprecated contract stays deprecated and cannot become active again")]
    [InlineData(new[] { "draft" }, "deprecated", "A draft contract was never in force, so it cannot be deprecated")]
    [InlineData(new string[0], "deprecated", "A new contract starts as draft or active")]
    public async Task Going_back_is_refused_with_the_reason_at_the_status(string[] approvedPath, string requested, string reason)
    {
        var key = TestEvents.Unique("illegal");
        using var client = _app.CreateIngestClient();
        foreach (var (status, index) in approvedPath.Select((s, i) => (s, i)))
        {
            var (_, review) = await SubmitAsync(client, Document(key, status: status, version: $"1.{index}.0"));
            if (review == "PENDING")
            {
                (await client.PostJsonAsync($"{ContractUrl(key)}/revisions/{index + 1}/approve", "{}")).Dispose();
            }
        }

        using var response = await client.PostAsync("/api/v1/contracts", YamlBody(Document(key, status: requested, version: "2.0.0")));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var error = Assert.Single((await response.ReadJsonAsync()).GetProperty("errors").EnumerateArray());
        Assert.Equal("status", error.GetProperty("path").GetString());
        Assert.StartsWith(reason, error.GetProperty("message").GetString(), StringComparison.Ordinal);
        var revisions = await _app.QueryAsync(db => Task.FromResult(db.ContractRevisions.Count(r => r.Contract.Key == key)));
        Assert.Equal(approvedPath.Length, revisions);
    }

    [Fact]
    public async Task A_new_submission_supersedes_the_revision_waiting_for_review()
    {
        var key = TestEvents.Unique("supersede");
        using var client = _app.CreateIngestClient();

        // Created directly as active: nothing is in force until a steward approves, so there is nothing to export.
        Assert.Equal((HttpStatusCode.Created, "PENDING"), await SubmitAsync(client, Document(key, status: "active")));
        Assert.Equal(("DRAFT", 0, (int?)1), await StateAsync(client, key));
        using (var export = await client.GetAsync($"{ContractUrl(key)}/export"))
        {
            Assert.Equal(HttpStatusCode.Conflict, export.StatusCode);
            Assert.Contains("revision 1 awaits a steward's review", (await export.ReadJsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        using var second = await client.PostAsync("/api/v1/contracts", YamlBody(Document(key, status: "active", version: "1.0.1")));

        Assert.Equal(1, (await second.ReadJsonAsync()).GetProperty("supersededRevision").GetInt32());
        Assert.Equal(("DRAFT", 0, (int?)2), await StateAsync(client, key));
        var first = (await client.GetJsonAsync($"{ContractUrl(key)}/revisions")).EnumerateArray().Single(r => r.GetProperty("revision").GetInt32() == 1);
        Assert.Equal(("REJECTED", "Superseded by revision 2."), (first.GetProperty("review").GetString(), first.GetProperty("reviewComment").GetString()));
    }

    private static async Task<(HttpStatusCode Status, string? Review)> SubmitAsync(HttpClient client, string yaml)
    {
        using var response = await client.PostAsync("/api/v1/contracts", YamlBody(yaml));
        var body = await response.ReadJsonAsync();
        return (response.StatusCode, body.TryGetProperty("review", out var review) ? review.GetString() : body.ToString());
    }

    /// <summary>Status in force, revision in force, and the revision waiting for review.</summary>
    private static async Task<(string? Status, int Current, int? Pending)> StateAsync(HttpClient client, string key)
    {
        var summary = (await client.GetJsonAsync(ContractUrl(key))).GetProperty("summary");
        return (summary.GetProperty("status").GetString(), summary.GetProperty("currentRevision").GetInt32(),
            summary.GetProperty("pendingRevision").ValueKind == JsonValueKind.Null ? null : summary.GetProperty("pendingRevision").GetInt32());
    }
}

public sealed class SqliteContractLifecycleTests(SqliteAppFixture fixture) : ContractLifecycleTests(fixture), IClassFixture<SqliteAppFixture>;

public sealed class PostgreSqlContractLifecycleTests(PostgreSqlAppFixture fixture) : ContractLifecycleTests(fixture), IClassFixture<PostgreSqlAppFixture>;
