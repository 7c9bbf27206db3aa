using System.Text.Json.Nodes;
using static Governance.Web.BrowserTests.Infrastructure.LineageEvents;

namespace Governance.Web.BrowserTests.Journey;

/// <summary>
/// A Flink job as the OpenLineage Flink integration reports it: a START and a COMPLETE of one run,
/// naming its Kafka topics in the collector's namespace for the cluster, with the output's
/// field-level lineage in a <c>columnLineage</c> facet.
/// </summary>
public static class FlinkRunEvents
{
    public const string JobNamespace = "flink://retail-streaming";
    private const string ColumnLineageSchema = "https://openlineage.io/spec/facets/1-2-0/ColumnLineageDatasetFacet.json#/$defs/ColumnLineageDatasetFacet";

    /// <param name="fieldSources">Each output field and the input field it is copied from.</param>
    /// <returns>START then COMPLETE, sharing one run id.</returns>
    public static IReadOnlyList<JsonObject> StartAndComplete(
        string job, string kafkaNamespace, string input, string output,
        IReadOnlyList<(string Output, string Input)> fieldSources, DateTimeOffset started, DateTimeOffset completed)
    {
        var outputDataset = Dataset(kafkaNamespace, output, $"Written by the Flink job {job}.", "TOPIC", "cloud",
            fieldSources.Select(f => Field(f.Output, "string")));
        outputDataset["facets"]!["columnLineage"] = ColumnLineage(kafkaNamespace, input, fieldSources);

        var complete = CompleteRun(JobNamespace, job, $"Reads {input} and writes {output}.", "FLINK", completed,
            [DatasetRef(kafkaNamespace, input)], [outputDataset]);
        var start = complete.DeepClone().AsObject();
        start["eventType"] = "START";
        start["eventTime"] = started.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", System.Globalization.CultureInfo.InvariantCulture);
        return [start, complete];
    }

    private static JsonObject ColumnLineage(string kafkaNamespace, string input, IEnumerable<(string Output, string Input)> fieldSources)
    {
        var fields = new JsonObject();
        foreach (var (outputField, inputField) in fieldSources)
        {
            fields[outputField] = new JsonObject
            {
                ["inputFields"] = new JsonArray(new JsonObject
                {
                    ["namespace"] = kafkaNamespace,
                    ["name"] = input,
                    ["field"] = inputField,
                    ["transformations"] = new JsonArray(new JsonObject { ["type"] = "DIRECT", ["subtype"] = "IDENTITY", ["masking"] = false }),
                }),
            };
        }

        return new JsonObject { ["_producer"] = Producer, ["_schemaURL"] = ColumnLineageSchema, ["fields"] = fields };
    }
}
