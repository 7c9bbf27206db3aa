using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace Governance.Model.OpenLineage.Validation;

// Issue classification: flattens NJsonSchema's error tree into path/message issues, resolving
// anyOf/oneOf alternatives; what counts as a warning is decided in OpenLineageValidator.Leniency.cs.
public sealed partial class OpenLineageValidator
{
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

        sink.Error(new ValidationIssue(at.Path, ValidationErrorMessages.Describe(error, at.Token), schemaName));
    }

    private string? SchemaName(JsonSchema? schema, Scope scope) => _schemas.GetDefinitionName(schema) ?? scope.DefaultSchema;

    /// <summary>The event root (error paths are resolved from it), the validated token, the facet (if any) and the
    /// fallback schema name for issues.</summary>
    private readonly record struct Scope(JObject Root, JToken Token, FacetContext? Facet, string DefaultSchema);
}
