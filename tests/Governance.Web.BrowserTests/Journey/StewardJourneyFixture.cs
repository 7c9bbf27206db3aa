using System.Net.Http.Headers;
using System.Net.Http.Json;
using Governance.Collector.Identity;
using Governance.EndToEnd.Tests;
using Governance.Simulator.Generation;
using Governance.Simulator.Hosting;
using Governance.Web.BrowserTests.Infrastructure;

namespace Governance.Web.BrowserTests.Journey;

/// <summary>
/// The retail platform wired as in production: the simulated Kafka clusters, Schema Registry and
/// Connect (real protocols), the real collector scanning them and sending OpenLineage over HTTP to the
/// real portal on a Kestrel port, plus a Flink job reporting through the ingestion API. Between two
/// scans the platform changes around one PII-carrying topic, so that its dataset has two versions and
/// its lineage before <see cref="BeforeChange"/> differs from now.
/// </summary>
public sealed class StewardJourneyFixture : IAsyncLifetime
{
    public const string CloudAlias = "cloud";

    /// <summary>A field the generator tags PII in the subject's data-contract metadata.</summary>
    public const string PiiField = "email";

    /// <summary>Loyalty points, one event per earning: carries the member's <see cref="PiiField"/>.</summary>
    public const string PiiTopic = "loyalty.points-earned.v1";

    /// <summary>The field the second schema version appends.</summary>
    public const string AddedField = "channel";

    /// <summary>The consumer group deployed between the scans.</summary>
    public const string NewConsumer = "loyalty-newsletter";

    public const string FlinkJob = "loyalty-campaign-contacts";
    public const string FlinkOutput = "loyalty.campaign-contacts.v1";

    /// <summary>The Flink job's field lineage: output field ← field of <see cref="PiiTopic"/>.</summary>
    public static readonly IReadOnlyList<(string Output, string Input)> FlinkFields =
        [("memberId", "memberId"), ("contactEmail", PiiField), ("campaign", "campaign")];

    private readonly PortalFixture _portal = new(seedRetailCatalog: false);
    private RunningPlatform? _platform;
    private CollectorRunner? _collector;

    public PortalFixture Portal => _portal;

    /// <summary>The collector's namespace for the cloud cluster, <c>kafka://{clusterId}</c>.</summary>
    public string KafkaNamespace { get; private set; } = "";

    /// <summary>A whole second after the first scan was delivered and before anything changed.</summary>
    public DateTimeOffset BeforeChange { get; private set; }

    public string PiiTopicNodeId => $"dataset:{KafkaNamespace}:{PiiTopic}";
    public string NewConsumerNodeId => $"job:{KafkaNamespace}:{NewConsumer}";
    public string FlinkJobNodeId => $"job:{FlinkRunEvents.JobNamespace}:{FlinkJob}";
    public string FlinkOutputNodeId => $"dataset:{KafkaNamespace}:{FlinkOutput}";

    /// <summary>A field's node in column mode, <c>datasetField:{ns}:{dataset}:{field}</c>.</summary>
    public string FieldNodeId(string dataset, string field) => $"datasetField:{KafkaNamespace}:{dataset}:{field}";

    public async Task InitializeAsync()
    {
        await _portal.InitializeAsync();
        // Tiny with one store: every kind of application once, a few dozen topics, a scan in seconds.
        var scenario = RetailScenarioGenerator.Generate(new RetailScenarioOptions { Seed = 5, Size = ScenarioSize.Tiny, Stores = 1 });
        _platform = await RunningPlatform.StartAsync(scenario);
        KafkaNamespace = ClusterNamespaces.For(_platform.EndpointsOf(CloudAlias).ClusterId);
        _collector = new CollectorRunner(_platform, _portal.BaseAddress, PortalApp.ApiKey);
        await _collector.StartAsync();

        await ScanOnceAsync();
        // The explorer's time control has whole seconds: pick the next one and let it pass, so that
        // everything the first scan reported is older and everything that follows is newer.
        BeforeChange = new DateTimeOffset(DateTimeOffset.UtcNow.UtcTicks / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond, TimeSpan.Zero).AddSeconds(1);
        await WaitUntilPastAsync(BeforeChange);

        RetailPlatformChanges.EvolveValueSchema(_platform.Platform, CloudAlias, PiiTopic, AddedField, "Where the points were earned: WEB, APP or STORE.");
        RetailPlatformChanges.StartConsumerGroup(_platform.Platform, CloudAlias, NewConsumer, PiiTopic);
        await ScanOnceAsync();
        await PostFlinkRunAsync();
    }

    /// <summary>One scan, then every event it produced delivered to the portal (<c>scan --once</c>).</summary>
    private async Task ScanOnceAsync()
    {
        var summary = await _collector!.ScanAsync();
        if (!summary.Complete)
        {
            throw new InvalidOperationException("The scan was partial: " + string.Join("; ", summary.Clusters.SelectMany(c => c.Problems)));
        }

        await _collector.WaitUntilDeliveredAsync();
        if (_collector.Delivery.Rejected != 0)
        {
            throw new InvalidOperationException($"The portal rejected collector events: {_collector.Delivery}");
        }
    }

    private async Task PostFlinkRunAsync()
    {
        using var http = new HttpClient { BaseAddress = _portal.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", PortalApp.ApiKey);
        var started = DateTimeOffset.UtcNow;
        foreach (var run in FlinkRunEvents.StartAndComplete(FlinkJob, KafkaNamespace, PiiTopic, FlinkOutput, FlinkFields, started, started.AddMilliseconds(500)))
        {
            using var response = await http.PostAsJsonAsync("api/v1/lineage", run);
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"The Flink event was refused with {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            }
        }
    }

    private static async Task WaitUntilPastAsync(DateTimeOffset instant)
    {
        while (DateTimeOffset.UtcNow <= instant)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(20));
        }
    }

    public async Task DisposeAsync()
    {
        if (_collector is not null)
        {
            await _collector.DisposeAsync();
        }

        if (_platform is not null)
        {
            await _platform.DisposeAsync();
        }

        await _portal.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class StewardJourneyCollection : ICollectionFixture<StewardJourneyFixture>
{
    public const string Name = "steward-journey";
}
