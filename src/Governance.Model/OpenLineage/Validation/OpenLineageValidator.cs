using System.Text.Json;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Governance.Model.OpenLineage.Validation;

/// <summary>
/// Validates raw OpenLineage events (JSON) against the official OpenLineage JSON schemas embedded in this assembly
/// (core <c>https://openlineage.io/spec/2-0-2/OpenLineage.json</c>, draft 2020-12, and the 38 facet schemas under
/// <c>https://openlineage.io/spec/facets/...</c>), with a documented leniency policy.
/// </summary>
/// <remarks>
/// <para><b>Method</b> (the same as the reference harness <c>shared/openlineage/tools/validate_examples.py</c>):</para>
/// <list type="number">
/// <item>Core: the event is validated against the core definition <c>RunEvent</c>, <c>DatasetEvent</c> or
/// <c>JobEvent</c>, chosen by the suffix of its <c>schemaURL</c> (<c>#/$defs/RunEvent</c> or the older
/// <c>#/definitions/RunEvent</c>) and otherwise by shape (has <c>run</c> → RunEvent, has <c>dataset</c> →
/// DatasetEvent, else JobEvent). The root <c>oneOf</c> is deliberately not used, so errors name the actual
/// problem instead of "matches none of three alternatives". The core schema checks every facet only against the
/// facet base (an object with <c>_producer</c> and <c>_schemaURL</c>).</item>
/// <item>Facets: every facet whose key is defined by a spec facet file is validated against that file's
/// <c>$defs</c> entry for its container (<c>run.facets</c> → *RunFacet, <c>job.facets</c> → *JobFacet,
/// <c>inputs[]/outputs[]/dataset .facets</c> → *DatasetFacet, <c>inputs[].inputFacets</c> →
/// *InputDatasetFacet, <c>outputs[].outputFacets</c> → *OutputDatasetFacet), always against the embedded (current)
/// facet schema. A spec key found in the wrong container (e.g. <c>dataQualityAssertions</c> in <c>facets</c>) is
/// validated against the container it belongs to, with a warning. Other keys are custom facets: only the core
/// base-facet rule applies. A facet with <c>"_deleted": true</c> (the spec's deletion marker) is only checked
/// against the base facet.</item>
/// </list>
/// <para><b>Leniency policy</b> (liberal like Marquez, but structural garbage is rejected). Reported as
/// <see cref="ValidationResult.Warnings"/>, never errors:</para>
/// <list type="bullet">
/// <item><c>format</c> failures (<c>date-time</c> per RFC 3339, <c>uri</c> = scheme + no whitespace, <c>uuid</c>):
/// real events have <c>dataSource.uri: "file"</c>, <c>eventTime</c> without offset, <c>runId: "run_id"</c>,
/// template placeholders such as <c>{{RUN_START_TIME}}</c>.</item>
/// <item>A missing top-level <c>schemaURL</c> (Marquez and its fixtures accept it).</item>
/// <item>A facet (custom or spec) missing <c>_producer</c> and/or <c>_schemaURL</c> (many producers omit them).
/// The same base rule is applied to spec facets as to custom facets because it is one core rule
/// (<c>BaseFacet</c>).</item>
/// <item>Legacy facet versions: if a facet's <c>_schemaURL</c> names an older version than the embedded facet
/// schema — either <c>https://openlineage.io/spec/facets/X-Y-Z/...</c> with X-Y-Z lower than the embedded file's
/// version, or a URL into the core document (<c>https://openlineage.io/spec/X-Y-Z/OpenLineage.json#...</c>, from
/// before facets had their own versioned files) — a <c>required</c> failure for a property missing <i>directly on the
/// facet object</i> is downgraded to a warning <i>only if</i> every property the facet carries is declared by the
/// embedded schema (including the base-facet fields). Fields are never removed from a facet within a major
/// version, so a legacy facet carrying an undeclared property is malformed, not old (e.g. <c>noRowCount</c> instead
/// of <c>rowCount</c>). Every other failure of a legacy facet (wrong type, a nested required property such as
/// <c>parent.run.runId</c> or <c>ownership.owners[0].name</c>) stays an error.</item>
/// </list>
/// <para>Everything else is an <b>error</b>: wrong JSON types, enum violations, missing core required properties
/// (<c>run.runId</c>, <c>job.namespace</c>/<c>job.name</c>, dataset <c>namespace</c>/<c>name</c>,
/// <c>eventTime</c>, <c>producer</c>), a facet that is not an object, nested required properties of spec facets,
/// and a RunEvent-only property combination on a Dataset/JobEvent.</para>
/// <para><b>How the six negative fixtures</b> (<c>Fixtures/OpenLineage/invalid</c>, from the fluentd proxy tests)
/// are rejected, each for the reason listed in <c>examples/INDEX.md</c> and not by accident:</para>
/// <list type="bullet">
/// <item><c>event_no_run_id</c>: core RunEvent, <c>$.run.runId</c> required (core errors are never downgraded).</item>
/// <item><c>event_invalid_run_facet</c>: ParentRunFacet, <c>$.run.facets.parent.run.runId</c> required. Its
/// <c>_schemaURL</c> is legacy (core 1-0-1) but the missing property is nested, so it stays an error.</item>
/// <item><c>event_invalid_job_facet</c> / <c>event_invalid_dataset_facet</c>: OwnershipJobFacet /
/// OwnershipDatasetFacet, <c>owners[0].name</c> required (nested; the <c>_schemaURL</c> is a non-versioned GitHub
/// URL, so no legacy handling applies either).</item>
/// <item><c>event_invalid_output_dataset_facet</c>: OutputStatisticsOutputDatasetFacet,
/// <c>$.outputs[0].outputFacets.outputStatistics.rowCount</c> "expected integer but found string" (type errors are
/// never downgraded).</item>
/// <item><c>event_invalid_input_dataset_facet</c>: DataQualityMetricsInputDatasetFacet, required
/// <c>columnMetrics</c> missing on a legacy (core 1-0-1) facet. Not downgraded because the facet carries
/// <c>noRowCount</c>, which the schema does not declare. The otherwise identical legacy facet in
/// <c>complete/fluentd-proxy__event_full.json</c> only carries declared properties (<c>rowCount</c>, <c>bytes</c>,
/// <c>fileCount</c>), so there the same missing <c>columnMetrics</c> is only a warning.</item>
/// </list>
/// <para><b>Implementation notes.</b> Validation uses NJsonSchema 10.7.2 (the only JSON Schema library usable
/// here). Schemas are loaded once, lazily and thread-safely (<see cref="Default"/>), and are then only read, so
/// <see cref="Validate(JsonElement)"/> is safe to call concurrently. The schemas are rewritten into the
/// dialect NJsonSchema 10 understands (<c>$defs</c> → <c>definitions</c>, <c>const</c> → single-value
/// <c>enum</c>, <c>dependentRequired</c> → <c>anyOf</c>/<c>not</c>/<c>required</c>, see
/// <c>SchemaPreprocessor</c>). Absolute <c>$ref</c>s are resolved by <c>$id</c> to the embedded documents only;
/// any other reference fails schema loading with an exception instead of being fetched (no network, no file
/// access). NJsonSchema's own <c>format</c> checks are replaced by the harness' definitions.</para>
/// </remarks>
public sealed partial class OpenLineageValidator
{
    // Split by responsibility: this file holds the public API and the core step (event type
    // selection); OpenLineageValidator.Facets.cs finds the facets and picks their schemas,
    // OpenLineageValidator.Issues.cs turns NJsonSchema errors into issues, and
    // OpenLineageValidator.Leniency.cs decides which of those are only warnings.

    private static readonly Lazy<OpenLineageValidator> s_default =
        new(() => new OpenLineageValidator(OpenLineageSchemaSet.LoadEmbedded()), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly HashSet<string> EventDefinitionNames = new(StringComparer.Ordinal) { "RunEvent", "DatasetEvent", "JobEvent" };

    private readonly OpenLineageSchemaSet _schemas;
    private readonly RootedValidator _validator;

    internal OpenLineageValidator(OpenLineageSchemaSet schemas)
    {
        _schemas = schemas;
        _validator = new RootedValidator(new JsonSchemaValidatorSettings { FormatValidators = FormatValidators.All });
    }

    /// <summary>The shared validator over the embedded schemas, created (and the schemas compiled) on first use.</summary>
    public static OpenLineageValidator Default => s_default.Value;

    /// <summary><c>$id</c> of the embedded core schema (<c>https://openlineage.io/spec/2-0-2/OpenLineage.json</c>).</summary>
    public string CoreSchemaId => _schemas.CoreId;

    internal OpenLineageSchemaSet Schemas => _schemas;

    /// <summary>Validates one OpenLineage event (RunEvent, DatasetEvent or JobEvent).</summary>
    /// <param name="evt">The event; anything but a JSON object, or one nested deeper than 128 levels, yields a single
    /// error at <c>$</c>.</param>
    /// <returns>Errors and warnings, classified by the policy documented on <see cref="OpenLineageValidator"/>.</returns>
    public ValidationResult Validate(JsonElement evt)
    {
        if (evt.ValueKind != JsonValueKind.Object)
        {
            var found = evt.ValueKind == JsonValueKind.Undefined ? "nothing" : evt.ValueKind.ToString().ToLowerInvariant();
            return new ValidationResult(null, [new ValidationIssue("$", $"expected an OpenLineage event object but found {found}", null)], []);
        }

        if (JsonTokens.ToJToken(evt) is not JObject root)
        {
            return new ValidationResult(null, [new ValidationIssue("$", $"JSON is nested deeper than {JsonTokens.MaxDepth} levels", null)], []);
        }

        var eventDefinition = SelectEventDefinition(root);
        var sink = new IssueSink();

        var coreErrors = _validator.ValidateFromRoot(root, _schemas.EventDefinitions[eventDefinition]);
        Flatten(coreErrors, new Scope(root, root, null, eventDefinition), sink);
        ValidateFacets(root, sink);

        return new ValidationResult(eventDefinition, sink.Errors, sink.Warnings);
    }

    /// <summary>Parses <paramref name="json"/> and validates it as one event.</summary>
    /// <param name="json">The event text. Text that is not valid JSON yields a single error at <c>$</c> (no exception).</param>
    /// <returns>See <see cref="Validate(JsonElement)"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    public ValidationResult Validate(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            return new ValidationResult(null, [new ValidationIssue("$", "invalid JSON: " + ex.Message, null)], []);
        }

        using (document)
        {
            return Validate(document.RootElement);
        }
    }

    /// <summary>RunEvent/DatasetEvent/JobEvent by <c>schemaURL</c> fragment, else by shape (as the harness).</summary>
    private static string SelectEventDefinition(JObject root)
    {
        if (root["schemaURL"] is JValue { Type: JTokenType.String } url)
        {
            var text = (string)url!;
            var hash = text.IndexOf('#', StringComparison.Ordinal);
            if (hash >= 0)
            {
                var fragment = text[(hash + 1)..].TrimEnd('/');
                var name = fragment[(fragment.LastIndexOf('/') + 1)..];
                if (EventDefinitionNames.Contains(name))
                {
                    return name;
                }
            }
        }

        return root.Property("run") is not null ? "RunEvent" : root.Property("dataset") is not null ? "DatasetEvent" : "JobEvent";
    }

    /// <summary>
    /// NJsonSchema 10.7.2 builds nested error paths from <c>JToken.Path</c>, i.e. absolute from the event root even when
    /// a facet subtree is validated, and its public overload additionally prefixes the token's own path (producing
    /// <c>a.b.a.b.c</c>). Starting from an empty path yields paths that are absolute from the event root.
    /// </summary>
    private sealed class RootedValidator(JsonSchemaValidatorSettings settings) : JsonSchemaValidator(settings)
    {
        public ICollection<ValidationError> ValidateFromRoot(JToken token, JsonSchema schema) =>
            Validate(token, schema, SchemaType.JsonSchema, null, string.Empty);
    }
}
