using System.Buffers.Binary;
using System.Net.Sockets;
using Governance.Simulator.Kafka.Protocol;
using Xunit.Abstractions;

namespace Governance.Simulator.Tests.Kafka;

/// <summary>
/// Byte-level checks over a raw socket, for what a well-behaved client never sends: unknown versions
/// and APIs, and malformed frames. Responses are parsed by hand, independently of the server's codec.
/// </summary>
public sealed class KafkaRawProtocolTests(ITestOutputHelper output)
{
    [Fact]
    public async Task ApiVersions_v3_is_answered_with_header_v0_and_a_flexible_body()
    {
        await using var cluster = await KafkaTestCluster.StartAsync(TestScenarios.SingleBroker(), TestScenarios.Cloud, output);
        using var client = await ConnectAsync(cluster);

        var response = await client.RoundTripAsync(Request(apiKey: 18, version: 3, correlationId: 7, flexible: true, body: w =>
        {
            w.WriteString("raw-test");
            w.WriteString("1.0");
            w.WriteEmptyTaggedFields();
        }));

        var reader = new SpanCursor(response);
        Assert.Equal(7, reader.Int32()); // header v0: no tagged fields even though v3 is flexible
        Assert.Equal(0, reader.Int16());
        var count = (int)reader.UnsignedVarint() - 1;
        var ranges = new Dictionary<short, (short Min, short Max)>();
        for (var i = 0; i < count; i++)
        {
            ranges[reader.Int16()] = (reader.Int16(), reader.Int16());
            Assert.Equal(0u, reader.UnsignedVarint());
        }

        Assert.Equal(0, reader.Int32()); // throttle
        Assert.Equal(0u, reader.UnsignedVarint()); // tagged fields
        Assert.True(reader.AtEnd);
        Assert.Equal(((short)0, (short)3), ranges[18]);
        Assert.Equal(((short)4, (short)17), ranges[1]);
        Assert.Equal(((short)0, (short)12), ranges[3]);
        Assert.Equal(((short)3, (short)11), ranges[0]);
    }

    [Fact]
    public async Task ApiVersions_at_an_unknown_version_gets_unsupported_version_in_the_v0_layout()
    {
        await using var cluster = await KafkaTestCluster.StartAsync(TestScenarios.SingleBroker(), TestScenarios.Cloud, output);
        using var client = await ConnectAsync(cluster);

        var response = await client.RoundTripAsync(Request(apiKey: 18, version: 127, correlationId: 9, flexible: true, body: _ => { }));

        var reader = new SpanCursor(response);
        Assert.Equal(9, reader.Int32());
        Assert.Equal(35, reader.Int16());
        var count = reader.Int32(); // v0: INT32 array length, no tagged fields, no throttle
        Assert.True(count > 10);
        var keys = new List<short>();
        for (var i = 0; i < count; i++)
        {
            keys.Add(reader.Int16());
            reader.Int16();
            reader.Int16();
        }

        Assert.True(reader.AtEnd);
        Assert.Contains((short)18, keys);

        // The connection is still usable: ApiVersions v0 works next.
        var again = new SpanCursor(await client.RoundTripAsync(Request(apiKey: 18, version: 0, correlationId: 10, flexible: false, body: _ => { })));
        Assert.Equal(10, again.Int32());
        Assert.Equal(0, again.Int16());
    }

    [Fact]
    public async Task An_unsupported_version_or_api_gets_unsupported_version_and_the_connection_stays_open()
    {
        await using var cluster = await KafkaTestCluster.StartAsync(TestScenarios.SingleBroker(), TestScenarios.Cloud, output);
        using var client = await ConnectAsync(cluster);

        // Metadata v99: flexible, so response header v1 (one empty tagged-field byte) then the error.
        var metadata = new SpanCursor(await client.RoundTripAsync(Request(apiKey: 3, version: 99, correlationId: 21, flexible: true, body: _ => { })));
        Assert.Equal(21, metadata.Int32());
        Assert.Equal(0u, metadata.UnsignedVarint());
        Assert.Equal(35, metadata.Int16());

        // Fetch v3 (below our minimum: no record batch v2 there), non-flexible.
        var fetch = new SpanCursor(await client.RoundTripAsync(Request(apiKey: 1, version: 3, correlationId: 22, flexible: false, body: _ => { })));
        Assert.Equal(22, fetch.Int32());
        Assert.Equal(35, fetch.Int16());

        // JoinGroup: an API we do not implement at all.
        var join = new SpanCursor(await client.RoundTripAsync(Request(apiKey: 11, version: 5, correlationId: 23, flexible: false, body: _ => { })));
        Assert.Equal(23, join.Int32());
        Assert.Equal(35, join.Int16());

        // Still open: a real Metadata v1 request for all topics is served.
        var ok = new SpanCursor(await client.RoundTripAsync(Request(apiKey: 3, version: 1, correlationId: 24, flexible: false, body: w => w.WriteArrayLength(-1))));
        Assert.Equal(24, ok.Int32());
        Assert.Equal(1, ok.Int32()); // one broker
    }

    [Fact]
    public async Task A_partition_request_to_a_broker_that_is_not_its_leader_gets_not_leader()
    {
        await using var cluster = await KafkaTestCluster.StartAsync(TestScenarios.ThreeBrokers(), TestScenarios.Edge, output);
        using var client = await ConnectAsync(cluster); // broker 1; sales/1 is led by broker 2

        // ListOffsets v1: replica id, [topic, [partition, timestamp]].
        var response = new SpanCursor(await client.RoundTripAsync(Request(apiKey: 2, version: 1, correlationId: 3, flexible: false, body: w =>
        {
            w.WriteInt32(-1);
            w.WriteArrayLength(1);
            w.WriteString("sales");
            w.WriteArrayLength(2);
            w.WriteInt32(0);
            w.WriteInt64(-1);
            w.WriteInt32(1);
            w.WriteInt64(-1);
        })));

        Assert.Equal(3, response.Int32());
        Assert.Equal(1, response.Int32()); // topics
        Assert.Equal(5, response.Int16()); // "sales"
        response.Skip(5);
        Assert.Equal(2, response.Int32()); // partitions
        Assert.Equal((0, (short)0), (response.Int32(), response.Int16()));
        response.Skip(8); // timestamp
        Assert.Equal(10L, response.Int64()); // sales/0 log end, served by its leader (broker 1)
        Assert.Equal((1, (short)6), (response.Int32(), response.Int16())); // NOT_LEADER_OR_FOLLOWER
    }

    [Fact]
    public async Task Pipelined_requests_are_answered_in_order()
    {
        await using var cluster = await KafkaTestCluster.StartAsync(TestScenarios.SingleBroker(), TestScenarios.Cloud, output);
        using var client = await ConnectAsync(cluster);

        var frames = Enumerable.Range(100, 20)
            .SelectMany(id => Request(apiKey: (short)(id % 2 == 0 ? 18 : 3), version: 1, correlationId: id, flexible: false, body: w =>
            {
                if (id % 2 != 0)
                {
                    w.WriteArrayLength(-1);
                }
            }))
            .ToArray();
        await client.SendAsync(frames);

        for (var id = 100; id < 120; id++)
        {
            Assert.Equal(id, new SpanCursor(await client.ReceiveAsync()).Int32());
        }
    }

    [Fact]
    public async Task A_malformed_request_closes_only_its_connection()
    {
        await using var cluster = await KafkaTestCluster.StartAsync(TestScenarios.SingleBroker(), TestScenarios.Cloud, output);
        using var bad = await ConnectAsync(cluster);
        using var good = await ConnectAsync(cluster);

        // Metadata v1 claiming 1000 topics but carrying none.
        await bad.SendAsync(Request(apiKey: 3, version: 1, correlationId: 1, flexible: false, body: w => w.WriteInt32(1000)));
        Assert.True(await bad.IsClosedAsync());

        var response = new SpanCursor(await good.RoundTripAsync(Request(apiKey: 18, version: 0, correlationId: 5, flexible: false, body: _ => { })));
        Assert.Equal(5, response.Int32());
        Assert.Equal(0, response.Int16());
    }

    private static byte[] Request(short apiKey, short version, int correlationId, bool flexible, Action<KafkaWriter> body)
    {
        using var writer = new KafkaWriter();
        var size = writer.ReserveInt32();
        writer.WriteInt16(apiKey);
        writer.WriteInt16(version);
        writer.WriteInt32(correlationId);
        writer.WriteNullableString("raw-test"); // ClientId: INT16 length in every header version
        writer.Flexible = flexible;
        writer.WriteEmptyTaggedFields();
        body(writer);
        writer.PatchInt32(size, writer.Position - 4);
        return writer.WrittenSpan.ToArray();
    }

    private static async Task<RawClient> ConnectAsync(KafkaTestCluster cluster)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync("127.0.0.1", cluster.Server.Ports[0], cluster.Token);
        return new RawClient(socket, cluster.Token);
    }

    private sealed class RawClient(Socket socket, CancellationToken ct) : IDisposable
    {
        private readonly NetworkStream _stream = new(socket, ownsSocket: true);

        public async Task SendAsync(byte[] frame) => await _stream.WriteAsync(frame, ct);

        public async Task<byte[]> RoundTripAsync(byte[] frame)
        {
            await SendAsync(frame);
            return await ReceiveAsync();
        }

        public async Task<byte[]> ReceiveAsync()
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(KafkaTestCluster.Timeout);
            var size = new byte[4];
            await _stream.ReadExactlyAsync(size, timeout.Token);
            var body = new byte[BinaryPrimitives.ReadInt32BigEndian(size)];
            await _stream.ReadExactlyAsync(body, timeout.Token);
            return body;
        }

        /// <summary>True when the server closed the connection (EOF or reset) within the timeout.</summary>
        public async Task<bool> IsClosedAsync()
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(KafkaTestCluster.Timeout);
            try
            {
                return await _stream.ReadAsync(new byte[1], timeout.Token) == 0;
            }
            catch (IOException)
            {
                return true;
            }
        }

        public void Dispose() => _stream.Dispose();
    }

    /// <summary>A minimal big-endian cursor, written here rather than reusing the server's reader.</summary>
    private ref struct SpanCursor(ReadOnlySpan<byte> data)
    {
        private readonly ReadOnlySpan<byte> _data = data;
        private int _position;

        public readonly bool AtEnd => _position == _data.Length;

        public short Int16()
        {
            var value = BinaryPrimitives.ReadInt16BigEndian(_data[_position..]);
            _position += 2;
            return value;
        }

        public long Int64()
        {
            var value = BinaryPrimitives.ReadInt64BigEndian(_data[_position..]);
            _position += 8;
            return value;
        }

        public void Skip(int count) => _position += count;

        public int Int32()
        {
            var value = BinaryPrimitives.ReadInt32BigEndian(_data[_position..]);
            _position += 4;
            return value;
        }

        public uint UnsignedVarint()
        {
            uint value = 0;
            var shift = 0;
            byte b;
            do
            {
                b = _data[_position++];
                value |= (uint)(b & 0x7F) << shift;
                shift += 7;
            }
            while ((b & 0x80) != 0);
            return value;
        }
    }
}
