using System.Buffers.Binary;
using System.Text;
using System.Text.Json.Nodes;

namespace Governance.Simulator.Tests.Generation;

/// <summary>
/// Reads AVRO binary data against a schema given as its JSON text, independently of the generator's
/// encoder: if a payload decodes to exactly its length, it matches the registered schema.
/// </summary>
internal sealed class AvroReader
{
    private readonly Dictionary<string, JsonNode> _named = new(StringComparer.Ordinal);

    /// <summary>Makes named types of referenced schemas known (call for each reference first).</summary>
    public void Define(JsonNode schema) => Register(schema, null);

    public JsonNode? Read(JsonNode schema, ReadOnlySpan<byte> data, out int consumed)
    {
        Register(schema, null);
        var reader = new Cursor(data.ToArray());
        var value = Read(schema, reader, null);
        consumed = reader.Position;
        return value;
    }

    private void Register(JsonNode schema, string? ns)
    {
        switch (schema)
        {
            case JsonArray union:
                foreach (var branch in union) Register(branch!, ns);
                break;
            case JsonObject o:
                var type = o["type"]!;
                if (type is JsonValue && type.GetValue<string>() is "record" or "enum" or "fixed")
                {
                    var name = FullName(o, ns);
                    _named[name] = o;
                    if (type.GetValue<string>() == "record")
                    {
                        foreach (var field in o["fields"]!.AsArray()) Register(field!["type"]!, Namespace(name));
                    }
                }
                else if (type is JsonValue && type.GetValue<string>() == "array")
                {
                    Register(o["items"]!, ns);
                }
                else if (type is JsonValue && type.GetValue<string>() == "map")
                {
                    Register(o["values"]!, ns);
                }
                else if (type is not JsonValue)
                {
                    Register(type, ns);
                }

                break;
        }
    }

    private JsonNode? Read(JsonNode schema, Cursor c, string? ns)
    {
        switch (schema)
        {
            case JsonArray union:
                var branch = (int)c.Long();
                return Read(union[branch]!, c, ns);
            case JsonValue name:
                return ReadNamed(name.GetValue<string>(), c, ns);
            case JsonObject o:
                var type = o["type"]!;
                if (type is not JsonValue) return Read(type, c, ns);
                switch (type.GetValue<string>())
                {
                    case "record":
                        var full = FullName(o, ns);
                        var record = new JsonObject();
                        foreach (var field in o["fields"]!.AsArray())
                        {
                            record[field!["name"]!.GetValue<string>()] = Read(field["type"]!, c, Namespace(full));
                        }

                        return record;
                    case "enum":
                        return o["symbols"]![(int)c.Long()]!.GetValue<string>();
                    case "array":
                        var items = new JsonArray();
                        for (var count = c.Long(); count != 0; count = c.Long())
                        {
                            if (count < 0)
                            {
                                count = -count;
                                c.Long();
                            }

                            for (var i = 0; i < count; i++) items.Add(Read(o["items"]!, c, ns));
                        }

                        return items;
                    case "map":
                        var map = new JsonObject();
                        for (var count = c.Long(); count != 0; count = c.Long())
                        {
                            for (var i = 0; i < count; i++) map[c.String()] = Read(o["values"]!, c, ns);
                        }

                        return map;
                    case "fixed":
                        return Convert.ToBase64String(c.Bytes(o["size"]!.GetValue<int>()));
                    default:
                        return ReadNamed(type.GetValue<string>(), c, ns);
                }

            default:
                throw new InvalidDataException("Unexpected schema node.");
        }
    }

    private JsonNode? ReadNamed(string name, Cursor c, string? ns) => name switch
    {
        "null" => null,
        "boolean" => c.Bytes(1)[0] switch { 0 => false, 1 => true, var b => throw new InvalidDataException($"Boolean byte {b}.") },
        "int" or "long" => c.Long(),
        "float" => BinaryPrimitives.ReadSingleLittleEndian(c.Bytes(4)),
        "double" => BinaryPrimitives.ReadDoubleLittleEndian(c.Bytes(8)),
        "bytes" => Convert.ToBase64String(c.Bytes((int)c.Long())),
        "string" => c.String(),
        _ => Read(_named.GetValueOrDefault(name) ?? _named.GetValueOrDefault($"{ns}.{name}") ?? throw new InvalidDataException($"Unknown type '{name}'."), c, ns),
    };

    private static string FullName(JsonObject o, string? ns)
    {
        var name = o["name"]!.GetValue<string>();
        if (name.Contains('.')) return name;
        var space = o["namespace"]?.GetValue<string>() ?? ns;
        return string.IsNullOrEmpty(space) ? name : $"{space}.{name}";
    }

    private static string? Namespace(string fullName) => fullName.Contains('.') ? fullName[..fullName.LastIndexOf('.')] : null;

    private sealed class Cursor(byte[] data)
    {
        public int Position { get; private set; }

        public long Long()
        {
            ulong value = 0;
            var shift = 0;
            while (true)
            {
                var b = Bytes(1)[0];
                value |= (ulong)(b & 0x7F) << shift;
                if ((b & 0x80) == 0) break;
                shift += 7;
                if (shift > 63) throw new InvalidDataException("Varint too long.");
            }

            return (long)(value >> 1) ^ -(long)(value & 1);
        }

        public string String() => Encoding.UTF8.GetString(Bytes((int)Long()));

        public byte[] Bytes(int count)
        {
            if (count < 0 || Position + count > data.Length) throw new InvalidDataException("Read past the end of the payload.");
            var bytes = data.AsSpan(Position, count).ToArray();
            Position += count;
            return bytes;
        }
    }
}
