using System.Globalization;
using System.Text;
using Governance.Collector.Schemas;
using Governance.Model.OpenLineage;

namespace Governance.Collector.Tests.Schemas;

/// <summary>Generated or hostile schemas stay bounded: nesting is cut at 32 levels, expansion at 10 000 fields.</summary>
public sealed class SchemaLimitTests
{
    [Fact]
    public void Nesting_deeper_than_32_levels_is_cut_with_the_type_name()
    {
        var schema = SchemaFieldExtractor.Extract("AVRO", Chain(40, fieldsPerRecord: 1), null);

        var levels = 0;
        IReadOnlyList<SchemaDatasetFacetField> fields = schema.Fields;
        SchemaDatasetFacetField? deepest = null;
        while (fields.Count > 0)
        {
            levels++;
            deepest = fields[0];
            fields = deepest.Fields;
        }

        Assert.Equal(32, levels);
        Assert.Equal("chain.R32", deepest!.Type);
    }

    [Fact]
    public void A_schema_expanding_to_more_than_10000_fields_is_reported()
    {
        // Each record uses the next one twice: 2^15 leaf fields.
        var error = Assert.Throws<SchemaParseException>(() => SchemaFieldExtractor.Extract("AVRO", Chain(15, fieldsPerRecord: 2), null));

        Assert.StartsWith("AVRO schema: the schema expands to more than 10000 fields (reached at '", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Records R0..R(n-1), each with <paramref name="fieldsPerRecord"/> fields of the next record; the last one has a string.</summary>
    private static string Chain(int length, int fieldsPerRecord)
    {
        var json = new StringBuilder();
        for (var i = 0; i < length; i++)
        {
            json.Append(CultureInfo.InvariantCulture, $$"""{ "type": "record", "name": "R{{i}}", "namespace": "chain", "fields": [""");
            if (i == length - 1)
            {
                json.Append("""{ "name": "leaf", "type": "string" }""");
            }
            else
            {
                json.Append("""{ "name": "f0", "type": """);
            }
        }

        for (var i = length - 2; i >= 0; i--)
        {
            json.Append(" ] } }");
            for (var f = 1; f < fieldsPerRecord; f++)
            {
                json.Append(CultureInfo.InvariantCulture, $$""", { "name": "f{{f}}", "type": "chain.R{{i + 1}}" }""");
            }
        }

        return json.Append(" ] }").ToString();
    }
}
