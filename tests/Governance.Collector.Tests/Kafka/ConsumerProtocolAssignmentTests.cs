using Governance.Collector.Kafka;
using Governance.Model.Platform;

namespace Governance.Collector.Tests.Kafka;

public sealed class ConsumerProtocolAssignmentTests
{
    [Fact]
    public void Round_trips_and_sorts()
    {
        var bytes = ConsumerProtocolAssignment.Encode([new TopicPartitionRef("b", 2), new TopicPartitionRef("a", 1), new TopicPartitionRef("b", 0)]);

        Assert.True(ConsumerProtocolAssignment.TryDecode(bytes, out var partitions));
        Assert.Equal([new TopicPartitionRef("a", 1), new TopicPartitionRef("b", 0), new TopicPartitionRef("b", 2)], partitions);
    }

    [Fact]
    public void Reads_a_version_3_assignment_with_user_data()
    {
        // Version 3, one topic "t" with partition 7, user data of 2 bytes.
        byte[] bytes = [0, 3, 0, 0, 0, 1, 0, 1, (byte)'t', 0, 0, 0, 1, 0, 0, 0, 7, 0, 0, 0, 2, 0xAB, 0xCD];
        Assert.True(ConsumerProtocolAssignment.TryDecode(bytes, out var partitions));
        Assert.Equal([new TopicPartitionRef("t", 7)], partitions);
    }

    [Fact]
    public void Empty_bytes_are_an_empty_assignment() => Assert.True(ConsumerProtocolAssignment.TryDecode([], out var p) && p.Count == 0);

    [Theory]
    [InlineData(new byte[] { 0 })]
    [InlineData(new byte[] { 0, 0, 0, 0, 0, 9 })]
    [InlineData(new byte[] { 0, 0, 0, 0, 0, 1, 0, 5, (byte)'a' })]
    [InlineData(new byte[] { 0, 0, 0, 0, 0, 1, 0, 1, (byte)'a', 0x7F, 0, 0, 0 })]
    [InlineData(new byte[] { 0xFF, 0xFF, 0, 0, 0, 0 })]
    public void Garbage_is_refused(byte[] bytes) => Assert.False(ConsumerProtocolAssignment.TryDecode(bytes, out _));
}
