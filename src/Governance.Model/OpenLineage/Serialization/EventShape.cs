using System.Text.Json;

namespace Governance.Model.OpenLineage.Serialization;

/// <summary>
/// Checks, before deserialisation, that a JSON object has the parts the model needs for a given event type, so
/// that problems are reported as <see cref="OpenLineageFormatException"/> with a precise JSON path instead of a
/// half-filled object. Deliberately minimal: everything else is the validator's business.
/// </summary>
internal static class EventShape
{
    public static void Check(JsonElement root, OpenLineageEventKind kind)
    {
        RequireString(root, "eventTime", "$");
        RequireString(root, "producer", "$");
        OptionalString(root, "schemaURL", "$");
        switch (kind)
        {
            case OpenLineageEventKind.Run:
                OptionalString(root, "eventType", "$");
                var run = RequireObject(root, "run", "$");
                RequireString(run, "runId", "$.run");
                OptionalObject(run, "facets", "$.run");
                CheckJob(root);
                CheckDatasets(root, "inputs", "inputFacets");
                CheckDatasets(root, "outputs", "outputFacets");
                break;
            case OpenLineageEventKind.Job:
                CheckJob(root);
                CheckDatasets(root, "inputs", "inputFacets");
                CheckDatasets(root, "outputs", "outputFacets");
                break;
            case OpenLineageEventKind.Dataset:
                CheckDataset(RequireObject(root, "dataset", "$"), "$.dataset", null);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown event kind.");
        }
    }

    private static void CheckJob(JsonElement root)
    {
        var job = RequireObject(root, "job", "$");
        RequireString(job, "namespace", "$.job");
        RequireString(job, "name", "$.job");
        OptionalObject(job, "facets", "$.job");
    }

    private static void CheckDatasets(JsonElement root, string property, string specificFacets)
    {
        if (!root.TryGetProperty(property, out var datasets) || datasets.ValueKind == JsonValueKind.Null)
        {
            return;
        }

        var path = $"$.{property}";
        if (datasets.ValueKind != JsonValueKind.Array)
        {
            throw new OpenLineageFormatException(path, $"must be an array of datasets, found {DescribeKind(datasets)}.");
        }

        var index = 0;
        foreach (var dataset in datasets.EnumerateArray())
        {
            var itemPath = $"{path}[{index++}]";
            if (dataset.ValueKind != JsonValueKind.Object)
            {
                throw new OpenLineageFormatException(itemPath, $"a dataset must be a JSON object, found {DescribeKind(dataset)}.");
            }

            CheckDataset(dataset, itemPath, specificFacets);
        }
    }

    private static void CheckDataset(JsonElement dataset, string path, string? specificFacets)
    {
        RequireString(dataset, "namespace", path);
        RequireString(dataset, "name", path);
        OptionalObject(dataset, "facets", path);
        if (specificFacets is not null)
        {
            OptionalObject(dataset, specificFacets, path);
        }
    }

    private static JsonElement RequireObject(JsonElement parent, string property, string parentPath)
    {
        if (!parent.TryGetProperty(property, out var value))
        {
            throw new OpenLineageFormatException($"{parentPath}.{property}", "required object is missing.");
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            throw new OpenLineageFormatException($"{parentPath}.{property}", $"must be a JSON object, found {DescribeKind(value)}.");
        }

        return value;
    }

    private static void OptionalObject(JsonElement parent, string property, string parentPath)
    {
        if (parent.TryGetProperty(property, out var value) && value.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
        {
            throw new OpenLineageFormatException($"{parentPath}.{property}", $"must be a JSON object, found {DescribeKind(value)}.");
        }
    }

    private static void RequireString(JsonElement parent, string property, string parentPath)
    {
        if (!parent.TryGetProperty(property, out var value))
        {
            throw new OpenLineageFormatException($"{parentPath}.{property}", "required string is missing.");
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            throw new OpenLineageFormatException($"{parentPath}.{property}", $"must be a string, found {DescribeKind(value)}.");
        }
    }

    private static void OptionalString(JsonElement parent, string property, string parentPath)
    {
        if (parent.TryGetProperty(property, out var value) && value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
        {
            throw new OpenLineageFormatException($"{parentPath}.{property}", $"must be a string, found {DescribeKind(value)}.");
        }
    }

    /// <summary>Human-readable JSON kind for error messages, e.g. "an array".</summary>
    internal static string DescribeKind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => value.ValueKind.ToString(),
    };
}
