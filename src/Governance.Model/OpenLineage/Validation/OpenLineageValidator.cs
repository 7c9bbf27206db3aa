using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
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

    private void ValidateFacets(JObject root, IssueSink sink)
    {
        foreach (var (kind, containerPath, container) in FacetContainers(root))
        {
            foreach (var property in container.Properties())
            {
                if (property.Value is not JObject facetToken)
                {
                    continue; // the core schema already reports "expected object"
                }

                if (facetToken["_deleted"] is JValue { Type: JTokenType.Boolean } deleted && (bool)deleted!)
                {
                    continue; // deletion marker: only the base facet applies (checked by the core schema)
                }

                var facetPath = JsonTokens.AppendProperty(containerPath, property.Name);
                if (!_schemas.TryGetFacet(kind, property.Name, out var facet))
                {
                    var other = _schemas.FindFacetOfOtherKind(kind, property.Name);
                    if (other is null)
                    {
                        continue; // custom facet
                    }

                    facet = other;
                    sink.Warning(new ValidationIssue(
                        facetPath,
                        $"facet '{property.Name}' is defined by the spec for {Describe(facet.Kind)}, not for {Describe(kind)}; validated as {facet.DefinitionName}",
                        facet.DefinitionName));
                }

                var legacy = DescribeLegacyVersion(facetToken, facet);
                IReadOnlyList<string> undeclared = legacy is null
                    ? []
                    : facetToken.Properties().Select(p => p.Name).Where(n => !facet.DeclaredProperties.Contains(n)).ToList();
                var errors = _validator.ValidateFromRoot(facetToken, facet.Schema);
                Flatten(errors, new Scope(root, facetToken, new FacetContext(facet, facetToken, legacy, undeclared), facet.DefinitionName), sink);
            }
        }
    }

    private static IEnumerable<(FacetKind Kind, string Path, JObject Container)> FacetContainers(JObject root)
    {
        if (root["run"] is JObject run && run["facets"] is JObject runFacets)
        {
            yield return (FacetKind.Run, "$.run.facets", runFacets);
        }

        if (root["job"] is JObject job && job["facets"] is JObject jobFacets)
        {
            yield return (FacetKind.Job, "$.job.facets", jobFacets);
        }

        foreach (var side in new[] { "inputs", "outputs" })
        {
            if (root[side] is not JArray datasets)
            {
                continue;
            }

            for (var i = 0; i < datasets.Count; i++)
            {
                if (datasets[i] is not JObject dataset)
                {
                    continue;
                }

                var path = JsonTokens.AppendIndex("$." + side, i);
                if (dataset["facets"] is JObject facets)
                {
                    yield return (FacetKind.Dataset, path + ".facets", facets);
                }

                var ioKey = side == "inputs" ? "inputFacets" : "outputFacets";
                if (dataset[ioKey] is JObject ioFacets)
                {
                    yield return (side == "inputs" ? FacetKind.InputDataset : FacetKind.OutputDataset, path + "." + ioKey, ioFacets);
                }
            }
        }

        if (root["dataset"] is JObject staticDataset && staticDataset["facets"] is JObject datasetFacets)
        {
            yield return (FacetKind.Dataset, "$.dataset.facets", datasetFacets);
        }
    }

    /// <summary>Non-null (a description) when the facet's <c>_schemaURL</c> names an older version than the embedded schema.</summary>
    private static string? DescribeLegacyVersion(JObject facetToken, FacetSchema facet)
    {
        if (facetToken["_schemaURL"] is not JValue { Type: JTokenType.String } value)
        {
            return null;
        }

        var url = (string)value!;
        var match = FacetSchemaUrl().Match(url);
        if (match.Success)
        {
            var version = SchemaVersion.Parse(match, 1);
            return version < facet.Version ? $"facet schema version {version}" : null;
        }

        match = CoreSchemaUrl().Match(url);
        return match.Success ? $"the pre-split core spec {SchemaVersion.Parse(match, 1)}" : null;
    }

    private static string Describe(FacetKind kind) => kind switch
    {
        FacetKind.Run => "run facets",
        FacetKind.Job => "job facets",
        FacetKind.Dataset => "dataset facets",
        FacetKind.InputDataset => "inputFacets",
        _ => "outputFacets",
    };

    private void Flatten(IEnumerable<ValidationError> errors, Scope scope, IssueSink sink)
    {
        foreach (var error in errors)
        {
            if (error is ChildSchemaValidationError child)
            {
                HandleChild(child, scope, sink);
            }
            else
            {
                HandleLeaf(error, scope, sink);
            }
        }
    }

    private void HandleChild(ChildSchemaValidationError error, Scope scope, IssueSink sink)
    {
        if (error.Kind == ValidationErrorKind.NotAnyOf
            && error.Schema?.ExtensionData?.TryGetValue(SchemaPreprocessor.DependentRequiredMarker, out var marker) == true
            && marker is string dependency)
        {
            var parts = dependency.Split('|');
            var at = ErrorPathResolver.Resolve(scope.Root, error.Path, null);
            var requires = string.Join(", ", parts.Skip(1).Select(p => $"'{p}'"));
            sink.Error(new ValidationIssue(at.Path, $"property '{parts[0]}' requires {requires} (dependentRequired)", SchemaName(error.Schema, scope)));
            return;
        }

        if (error.Kind is ValidationErrorKind.NotAnyOf or ValidationErrorKind.NotOneOf && error.Errors.Count > 1)
        {
            HandleAlternatives(error, scope, sink);
            return;
        }

        // allOf, additionalProperties, array items, single-branch anyOf/oneOf: all nested failures count.
        foreach (var branch in error.Errors.Values)
        {
            Flatten(branch, scope, sink);
        }
    }

    /// <summary>anyOf/oneOf with several branches: a branch that only has warnings counts as matching.</summary>
    private void HandleAlternatives(ChildSchemaValidationError error, Scope scope, IssueSink sink)
    {
        var keyword = error.Kind == ValidationErrorKind.NotOneOf ? "oneOf" : "anyOf";
        var branches = error.Errors.Values.Select(errors =>
        {
            var branchSink = new IssueSink();
            Flatten(errors, scope, branchSink);
            return branchSink;
        }).ToList();
        var matching = branches.Where(b => b.Errors.Count == 0).OrderBy(b => b.Warnings.Count).ToList();
        if (matching.Count == 1 || (keyword == "anyOf" && matching.Count > 1))
        {
            sink.AddWarnings(matching[0]);
            return;
        }

        var at = ErrorPathResolver.Resolve(scope.Root, error.Path, null);
        var schemaName = SchemaName(error.Schema, scope);
        if (matching.Count > 1)
        {
            sink.Error(new ValidationIssue(at.Path, $"matches {matching.Count} of the {branches.Count} alternatives of {keyword}, but must match exactly one", schemaName));
            return;
        }

        var closest = branches.OrderBy(b => b.Errors.Count).First();
        var detail = string.Join("; ", closest.Errors.Take(3).Select(i => $"{i.Path}: {i.Message}"));
        sink.Error(new ValidationIssue(at.Path, $"does not match any of the {branches.Count} alternatives of {keyword} (closest: {detail})", schemaName));
    }

    private void HandleLeaf(ValidationError error, Scope scope, IssueSink sink)
    {
        var required = error.Kind == ValidationErrorKind.PropertyRequired;
        var at = ErrorPathResolver.Resolve(scope.Root, error.Path, required ? error.Property : null);
        var schemaName = SchemaName(error.Schema, scope);

        if (required)
        {
            if (at.Parent is not null and not JObject)
            {
                return; // NJsonSchema also applies "required" to null/non-objects; the type error is reported on its own
            }

            HandleRequired(error.Property ?? "?", at.Parent as JObject, at.Path, schemaName, scope, sink);
            return;
        }

        if (FormatName(error.Kind) is { } format)
        {
            sink.Warning(new ValidationIssue(at.Path, $"{JsonTokens.Display(at.Token)} is not a valid {error.Schema?.Format ?? format} (format)", schemaName));
            return;
        }

        sink.Error(new ValidationIssue(at.Path, DescribeError(error, at.Token), schemaName));
    }

    private static void HandleRequired(string property, JObject? owner, string path, string? schemaName, Scope scope, IssueSink sink)
    {
        var message = $"required property '{property}' is missing";
        if (property is "_producer" or "_schemaURL" && owner is not null && IsFacetObject(owner))
        {
            sink.Warning(new ValidationIssue(path, message + " (tolerated: facet base fields, often omitted by producers)", schemaName));
            return;
        }

        if (scope.Facet is null && property == "schemaURL" && owner is not null && ReferenceEquals(owner, scope.Token))
        {
            sink.Warning(new ValidationIssue(path, message + " (tolerated: accepted by Marquez)", schemaName));
            return;
        }

        if (scope.Facet is { LegacyVersion: { } legacy } facet && owner is not null && ReferenceEquals(owner, facet.Token))
        {
            var definition = facet.Facet.DefinitionName;
            var embedded = $"{facet.Facet.FileName} {facet.Facet.Version}";
            if (facet.Undeclared.Count == 0)
            {
                sink.Warning(new ValidationIssue(path, $"{message} (tolerated: the facet's _schemaURL names {legacy}, older than the embedded {embedded}, and every property it carries is declared by {definition})", schemaName));
                return;
            }

            var undeclared = string.Join(", ", facet.Undeclared.Select(p => $"'{p}'"));
            sink.Error(new ValidationIssue(path, $"{message} (not tolerated although the facet's _schemaURL names {legacy}: it carries properties not declared by {definition}: {undeclared})", schemaName));
            return;
        }

        sink.Error(new ValidationIssue(path, message, schemaName));
    }

    /// <summary>Facet = a member of an object that is the value of <c>facets</c>, <c>inputFacets</c> or <c>outputFacets</c>.</summary>
    private static bool IsFacetObject(JObject obj) =>
        obj.Parent is JProperty { Parent: JObject { Parent: JProperty { Name: "facets" or "inputFacets" or "outputFacets" } } };

    private string? SchemaName(JsonSchema? schema, Scope scope) => _schemas.GetDefinitionName(schema) ?? scope.DefaultSchema;

    private static string? FormatName(ValidationErrorKind kind) => kind switch
    {
        ValidationErrorKind.DateTimeExpected => "date-time",
        ValidationErrorKind.UriExpected => "uri",
        ValidationErrorKind.UuidExpected or ValidationErrorKind.GuidExpected => "uuid",
        ValidationErrorKind.DateExpected => "date",
        ValidationErrorKind.TimeExpected => "time",
        ValidationErrorKind.TimeSpanExpected => "duration",
        ValidationErrorKind.EmailExpected => "email",
        ValidationErrorKind.HostnameExpected => "hostname",
        ValidationErrorKind.IpV4Expected => "ipv4",
        ValidationErrorKind.IpV6Expected => "ipv6",
        ValidationErrorKind.Base64Expected => "base64",
        _ => null,
    };

    private static string DescribeError(ValidationError error, JToken? token)
    {
        var schema = error.Schema;
        var value = JsonTokens.Display(token);
        return error.Kind switch
        {
            ValidationErrorKind.StringExpected => $"expected string but found {JsonTokens.TypeName(token)}",
            ValidationErrorKind.IntegerExpected => $"expected integer but found {JsonTokens.TypeName(token)}",
            ValidationErrorKind.NumberExpected => $"expected number but found {JsonTokens.TypeName(token)}",
            ValidationErrorKind.BooleanExpected => $"expected boolean but found {JsonTokens.TypeName(token)}",
            ValidationErrorKind.ObjectExpected => $"expected object but found {JsonTokens.TypeName(token)}",
            ValidationErrorKind.ArrayExpected => $"expected array but found {JsonTokens.TypeName(token)}",
            ValidationErrorKind.NullExpected => $"expected null but found {JsonTokens.TypeName(token)}",
            ValidationErrorKind.NoTypeValidates => $"{JsonTokens.TypeName(token)} is not one of the allowed types",
            ValidationErrorKind.NotInEnumeration => $"{value} is not one of {string.Join(", ", schema?.Enumeration.Select(FormatEnumValue) ?? [])}",
            ValidationErrorKind.NumberTooSmall => $"{value} is less than the minimum {FormatNumber(schema?.Minimum ?? schema?.ExclusiveMinimum)}",
            ValidationErrorKind.NumberTooBig or ValidationErrorKind.IntegerTooBig => $"{value} is greater than the maximum {FormatNumber(schema?.Maximum ?? schema?.ExclusiveMaximum)}",
            ValidationErrorKind.StringTooShort => $"{value} is shorter than {schema?.MinLength} characters",
            ValidationErrorKind.StringTooLong => $"{value} is longer than {schema?.MaxLength} characters",
            ValidationErrorKind.PatternMismatch => $"{value} does not match the pattern '{schema?.Pattern}'",
            ValidationErrorKind.TooFewItems => $"array has fewer than {schema?.MinItems} items",
            ValidationErrorKind.TooManyItems => $"array has more than {schema?.MaxItems} items",
            ValidationErrorKind.ItemsNotUnique => "array items are not unique",
            ValidationErrorKind.NoAdditionalPropertiesAllowed => $"property '{error.Property}' is not allowed",
            ValidationErrorKind.ExcludedSchemaValidates when schema?.Not?.RequiredProperties.Count > 0 =>
                schema.Not.RequiredProperties.Count == 1
                    ? $"must not have property '{schema.Not.RequiredProperties.First()}'"
                    : $"must not have all of the properties {string.Join(", ", schema.Not.RequiredProperties.Select(p => $"'{p}'"))}",
            ValidationErrorKind.ExcludedSchemaValidates => "matches a schema it must not match (not)",
            _ => $"{error.Kind} (value {value})",
        };
    }

    private static string FormatEnumValue(object? value) => value switch
    {
        null => "null",
        string s => JsonSerializer.Serialize(s),
        JToken t => JsonTokens.Display(t),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "?",
    };

    private static string FormatNumber(decimal? number) => number?.ToString(CultureInfo.InvariantCulture) ?? "?";

    [GeneratedRegex(@"^https?://openlineage\.io/spec/facets/([0-9]+)-([0-9]+)-([0-9]+)/", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FacetSchemaUrl();

    [GeneratedRegex(@"^https?://openlineage\.io/spec/([0-9]+)-([0-9]+)-([0-9]+)/OpenLineage\.json", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CoreSchemaUrl();

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

    /// <summary>The facet being validated against its spec schema.</summary>
    private sealed record FacetContext(FacetSchema Facet, JObject Token, string? LegacyVersion, IReadOnlyList<string> Undeclared);

    /// <summary>The event root (error paths are resolved from it), the validated token, the facet (if any) and the
    /// fallback schema name for issues.</summary>
    private readonly record struct Scope(JObject Root, JToken Token, FacetContext? Facet, string DefaultSchema);

    /// <summary>Collects issues in discovery order, dropping exact duplicates (same path and message).</summary>
    private sealed class IssueSink
    {
        private readonly HashSet<(string, string)> _seenErrors = [];
        private readonly HashSet<(string, string)> _seenWarnings = [];

        public List<ValidationIssue> Errors { get; } = [];

        public List<ValidationIssue> Warnings { get; } = [];

        public void Error(ValidationIssue issue)
        {
            if (_seenErrors.Add((issue.Path, issue.Message)))
            {
                Errors.Add(issue);
            }
        }

        public void Warning(ValidationIssue issue)
        {
            if (_seenWarnings.Add((issue.Path, issue.Message)))
            {
                Warnings.Add(issue);
            }
        }

        public void AddWarnings(IssueSink other)
        {
            foreach (var warning in other.Warnings)
            {
                Warning(warning);
            }
        }
    }
}
