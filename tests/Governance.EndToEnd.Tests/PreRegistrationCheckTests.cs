using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Governance.Collector.Identity;
using Governance.Simulator.Generation;
using Governance.Simulator.Hosting;
using Governance.Simulator.Scenario;

namespace Governance.EndToEnd.Tests;

/// <summary>
/// The pre-registration check on the generated retail platform, after a real scan: for a subject
/// carrying personal data, the consumers it names are exactly the applications that, in the
/// scenario's ground truth, read the subject's topic or, transitively, anything derived from it.
/// </summary>
public sealed class PreRegistrationCheckTests
{
    [Fact]
    public async Task A_breaking_change_to_a_PII_subject_names_exactly_the_applications_downstream_in_the_ground_truth()
    {
        var scenario = RetailScenarioGenerator.Generate(new RetailScenarioOptions { Seed = 7, Size = ScenarioSize.Tiny, Stores = 2 });
        var truth = new DownstreamTruth(scenario);
        var (subject, topic, expected) = truth.PiiSubjectWithTheMostDownstream();
        await using var platform = await RunningPlatform.StartAsync(scenario);
        await using var portal = new PortalServer();
        await using var collector = new CollectorRunner(platform, portal.Address, PortalServer.ApiKey);
        await collector.StartAsync();
        await collector.ScanAsync();
        await collector.WaitUntilDeliveredAsync();

        var latest = subject.Versions[^1];
        using var client = portal.Reader();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", PortalServer.ApiKey);
        using var response = await client.PostAsJsonAsync("/api/v1/contracts/check",
            new { subject = subject.Name, schemaType = "AVRO", schema = WithRequiredField(latest.Schema, "checkRequired") });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();

        // The subject's schema uses a type from another subject; the check reads it through the reference.
        Assert.Equal("INCOMPATIBLE", result.GetProperty("outcome").GetString());
        var change = Assert.Single(result.GetProperty("breakingChanges").EnumerateArray().ToList());
        Assert.Equal(("$.checkRequired", latest.Version), (change.GetProperty("location").GetString(), change.GetProperty("previousVersion").GetInt32()));
        Assert.Equal([$"{ClusterNamespaces.For(scenario.Clusters.Single(c => c.Role == ClusterRole.Cloud).Id)}/{topic}"],
            result.GetProperty("topics").EnumerateArray().Select(t => $"{t.GetProperty("namespace").GetString()}/{t.GetProperty("name").GetString()}"));

        var reported = result.GetProperty("downstream").EnumerateArray()
            .Select(c => (Namespace: c.GetProperty("namespace").GetString()!, Name: c.GetProperty("name").GetString()!, Depth: c.GetProperty("depth").GetInt32(),
                Owners: c.GetProperty("owners").EnumerateArray().Select(o => o.GetString()!).ToList()))
            .ToList();
        var found = new Dictionary<ApplicationScenario, int>();
        foreach (var job in reported)
        {
            var apps = truth.AppsOf(job.Namespace, job.Name);
            Assert.True(apps.Count > 0, $"job {job.Namespace}/{job.Name} stands for no application of the scenario");
            foreach (var app in apps)
            {
                Assert.True(expected.TryGetValue(app, out var depth), $"{app.Name} ({job.Name}) is not downstream of {topic} in the ground truth");
                Assert.Equal(depth, job.Depth);
                found[app] = job.Depth;
                Assert.Superset(truth.OwnersOfOutputs(app).ToHashSet(), job.Owners.ToHashSet());
            }
        }

        Assert.Equal(expected.Keys.Select(a => $"{a.Cluster}/{a.Name}").Order(), found.Keys.Select(a => $"{a.Cluster}/{a.Name}").Order());
        Assert.Contains(expected.Values, depth => depth > 1);
    }

    /// <summary>The schema with one more field that has no default: new readers cannot read the data already written.</summary>
    private static string WithRequiredField(string schema, string field)
    {
        var record = JsonNode.Parse(schema)!.AsObject();
        record["fields"]!.AsArray().Add(new JsonObject { ["name"] = field, ["type"] = "string" });
        return record.ToJsonString();
    }
}
