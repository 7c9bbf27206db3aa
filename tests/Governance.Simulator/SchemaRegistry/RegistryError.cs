using System.Text.Json.Nodes;

namespace Governance.Simulator.SchemaRegistry;

/// <summary>An error answer in the registry's format: <c>{"error_code": 40401, "message": "..."}</c>.</summary>
internal sealed class RegistryError(int status, int code, string message) : Exception(message)
{
    public int Status { get; } = status;
    public int Code { get; } = code;

    public JsonObject Body => new() { ["error_code"] = Code, ["message"] = Message };

    public static RegistryError SubjectNotFound(string subject) => new(404, 40401, $"Subject '{subject}' not found.");
    public static RegistryError VersionNotFound(string version) => new(404, 40402, $"Version {version} not found.");
    public static RegistryError SchemaNotFound(int id) => new(404, 40403, $"Schema {id} not found.");
    public static RegistryError SchemaNotFound() => new(404, 40403, "Schema not found.");
    public static RegistryError SubjectSoftDeleted(string subject) => new(404, 40404, $"Subject '{subject}' was soft deleted. Set permanent=true to delete permanently");
    public static RegistryError SubjectNotSoftDeleted(string subject) => new(404, 40405, $"Subject '{subject}' was not deleted first before being permanently deleted");
    public static RegistryError SubjectCompatibilityNotConfigured(string subject) => new(404, 40408, $"Subject '{subject}' does not have subject-level compatibility configured");
    public static RegistryError SubjectModeNotConfigured(string subject) => new(404, 40409, $"Subject '{subject}' does not have subject-level mode configured");
    public static RegistryError InvalidSchema(string detail) => new(422, 42201, $"Invalid schema: {detail}");
    public static RegistryError InvalidVersion(string version) =>
        new(422, 42202, $"The specified version '{version}' is not a valid version id. Allowed values are between [1, 2^31-1] and the string \"latest\"");
    public static RegistryError InvalidCompatibility() =>
        new(422, 42203, "Invalid compatibility level. Valid values are none, backward, forward, full, backward_transitive, forward_transitive, and full_transitive");
    public static RegistryError InvalidMode() => new(422, 42204, "Invalid mode. Valid values are READWRITE, READONLY, READONLY_OVERRIDE and IMPORT");
    public static RegistryError ReadOnly(string subject) => new(422, 42205, $"Subject {subject} is in read-only mode");
    public static RegistryError BadRequest(string detail) => new(400, 400, detail);
    public static RegistryError NoRoute() => new(404, 404, "HTTP 404 Not Found");
    public static RegistryError Backend() => new(500, 50001, "Error in the backend data store");
}
