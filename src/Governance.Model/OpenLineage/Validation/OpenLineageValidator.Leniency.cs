using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using NJsonSchema.Validation;

namespace Governance.Model.OpenLineage.Validation;

// Leniency policy (documented in the remarks on OpenLineageValidator): which failures are only
// warnings — format failures, missing facet base fields, a missing top-level schemaURL, and
// missing properties of legacy facet versions that carry nothing undeclared.
public sealed partial class OpenLineageValidator
{
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

    /// <summary>Missing facet base fields, a missing top-level <c>schemaURL</c> and missing properties of legacy facets
    /// carrying nothing undeclared are warnings; every other missing property is an error.</summary>
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

    /// <summary>The format a failed format check was for, or <c>null</c> when the error is not a format failure
    /// (format failures are warnings: real events carry values such as <c>runId: "run_id"</c>).</summary>
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

    [GeneratedRegex(@"^https?://openlineage\.io/spec/facets/([0-9]+)-([0-9]+)-([0-9]+)/", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex FacetSchemaUrl();

    [GeneratedRegex(@"^https?://openlineage\.io/spec/([0-9]+)-([0-9]+)-([0-9]+)/OpenLineage\.json", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CoreSchemaUrl();
}
