namespace Governance.Simulator.Kafka.Protocol;

/// <summary>Kafka error codes used by this server (values from Kafka's <c>Errors</c> enum).</summary>
internal static class ErrorCode
{
    public const short None = 0;
    public const short OffsetOutOfRange = 1;
    public const short CorruptMessage = 2;
    public const short UnknownTopicOrPartition = 3;
    public const short LeaderNotAvailable = 5;
    public const short NotLeaderOrFollower = 6;
    public const short NotCoordinator = 16;
    public const short InvalidTopic = 17;
    public const short UnsupportedVersion = 35;
    public const short TopicAlreadyExists = 36;
    public const short InvalidPartitions = 37;
    public const short InvalidReplicationFactor = 38;
    public const short InvalidReplicaAssignment = 39;
    public const short InvalidConfig = 40;
    public const short InvalidRequest = 42;
    public const short SecurityDisabled = 54;
    public const short FetchSessionIdNotFound = 70;
    public const short InvalidFetchSessionEpoch = 71;
    public const short FencedLeaderEpoch = 74;
    public const short UnknownLeaderEpoch = 75;
    public const short UnknownTopicId = 100;
}
