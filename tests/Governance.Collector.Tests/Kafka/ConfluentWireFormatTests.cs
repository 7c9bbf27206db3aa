using Governance.Collector.Kafka;

namespace Governance.Collector.Tests.Kafka;

public sealed class ConfluentWireFormatTests
{
    [Fact]
    public void Reads_the_big_endian_schema_id_after_the_magic_byte()
    {
        byte[] data = [0, 0x00, 0x01, 0x86, 0xA1, 0x02, 0x06];
        Assert.Equal(100_001, ConfluentWireFormat.TryGetSchemaId(data));
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0, 0, 0, 1 })]
    [InlineData(new byte[] { 1, 0, 0, 0, 7 })]
    [InlineData(new byte[] { (byte)'{', (byte)'"', (byte)'a', (byte)'"', (byte)':' })]
    [InlineData(new byte[] { 0, 0, 0, 0, 0, 9 })]
    [InlineData(new byte[] { 0, 0xFF, 0xFF, 0xFF, 0xFF })]
    public void Anything_else_has_no_schema_id(byte[] data) => Assert.Null(ConfluentWireFormat.TryGetSchemaId(data));

    [Fact]
    public void Null_has_no_schema_id() => Assert.Null(ConfluentWireFormat.TryGetSchemaId((byte[]?)null));

    [Fact]
    public void Encode_round_trips()
    {
        var bytes = ConfluentWireFormat.Encode(42, [1, 2, 3]);
        Assert.Equal([0, 0, 0, 0, 42, 1, 2, 3], bytes);
        Assert.Equal(42, ConfluentWireFormat.TryGetSchemaId(bytes));
    }
}
