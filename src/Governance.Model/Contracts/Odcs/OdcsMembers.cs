using System.Text.Json;

namespace Governance.Model.Contracts.Odcs;

/// <summary>
/// The ODCS members each model object writes itself. A <see cref="PreservedMember"/> may not use these names (it
/// would be written twice); a dotted name may only nest into a container that is not itself a modeled value.
/// </summary>
internal static class OdcsMembers
{
    public static readonly Member Root = new(
        ["apiVersion", "kind", "id", "name", "version", "status", "domain", "tags", "description", "description.purpose", "description.usage",
         "description.limitations", "servers", "schema", "team", "slaProperties", "customProperties"],
        ["description"]);

    public static readonly Member Dataset = new(["name", "physicalName", "physicalType", "description", "tags", "properties", "quality"], []);

    public static readonly Member Field = new(
        ["name", "logicalType", "physicalType", "description", "required", "classification", "tags", "quality", "logicalTypeOptions",
         "logicalTypeOptions.pattern", "logicalTypeOptions.minLength", "logicalTypeOptions.maxLength", "logicalTypeOptions.minimum",
         "logicalTypeOptions.maximum", "logicalTypeOptions.exclusiveMinimum", "logicalTypeOptions.exclusiveMaximum", "logicalTypeOptions.format",
         "items", "properties"],
        ["logicalTypeOptions"]);

    public static readonly Member QualityRule = new(["name", "description", "severity", "type", "engine", "implementation"], []);

    public static readonly Member Server = new(["server", "type", "host", "environment", "format", "description"], []);

    public static readonly Member Team = new(["name", "description", "members"], []);

    public static readonly Member Stakeholder = new(["username", "name", "role", "description"], []);

    /// <summary>Modeled member names of one kind of object, and the containers preserved members may nest into.</summary>
    internal sealed class Member(string[] modeled, string[] containers)
    {
        private readonly HashSet<string> _modeled = new(modeled, StringComparer.Ordinal);
        private readonly HashSet<string> _containers = new(containers, StringComparer.Ordinal);

        public bool IsModeled(string name) => _modeled.Contains(name);

        /// <summary>Why <paramref name="member"/> cannot be kept on this object, or <see langword="null"/> when it can.</summary>
        public string? Problem(PreservedMember member)
        {
            var name = member.Name;
            var dot = name.IndexOf('.', StringComparison.Ordinal);
            if (name.Length == 0 || dot == 0 || dot == name.Length - 1 || (dot > 0 && name.IndexOf('.', dot + 1) >= 0))
            {
                return $"'{name}' is not a member name (a name, or container.name)";
            }

            if (_modeled.Contains(name) || (dot > 0 && !_containers.Contains(name[..dot])))
            {
                return $"'{name}' is written from the modeled fields and cannot also be kept as a preserved member";
            }

            try
            {
                using var _ = JsonDocument.Parse(member.Json);
                return null;
            }
            catch (JsonException e)
            {
                return $"the value of '{name}' is not JSON: {e.Message}";
            }
        }
    }
}
