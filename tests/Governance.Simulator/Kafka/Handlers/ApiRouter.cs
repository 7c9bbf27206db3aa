using Governance.Simulator.Kafka.Protocol;

namespace Governance.Simulator.Kafka.Handlers;

/// <summary>The handlers of a broker by API key; the source of truth for what ApiVersions advertises.</summary>
internal sealed class ApiRouter
{
    private readonly IApiHandler?[] _byKey;

    public ApiRouter(IEnumerable<IApiHandler> handlers)
    {
        var list = handlers.OrderBy(h => h.Key).ToList();
        _byKey = new IApiHandler?[(int)list.Max(h => h.Key) + 1];
        foreach (var handler in list)
        {
            _byKey[(int)handler.Key] = handler;
        }

        Handlers = list;
    }

    /// <summary>All handlers in API key order.</summary>
    public IReadOnlyList<IApiHandler> Handlers { get; }

    /// <summary>The standard set: every API this simulator implements.</summary>
    public static ApiRouter CreateDefault()
    {
        var handlers = new List<IApiHandler>
        {
            new ProduceHandler(),
            new FetchHandler(),
            new ListOffsetsHandler(),
            new MetadataHandler(),
            new OffsetFetchHandler(),
            new FindCoordinatorHandler(),
            new DescribeGroupsHandler(),
            new ListGroupsHandler(),
            new CreateTopicsHandler(),
            new DeleteTopicsHandler(),
            new OffsetForLeaderEpochHandler(),
            new DescribeAclsHandler(),
            new CreateAclsHandler(),
            new DeleteAclsHandler(),
            new DescribeConfigsHandler(),
            new DescribeClusterHandler(),
        };
        var apiVersions = new ApiVersionsHandler();
        handlers.Add(apiVersions);
        var router = new ApiRouter(handlers);
        apiVersions.Advertise(router.Handlers);
        return router;
    }

    /// <summary>The handler for a key, whatever the version; null when the key is not implemented.</summary>
    public IApiHandler? Find(short apiKey) => apiKey >= 0 && apiKey < _byKey.Length ? _byKey[apiKey] : null;
}
