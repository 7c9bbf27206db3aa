using System.Text.Json.Nodes;

namespace Governance.Simulator.Connect;

/// <summary>An error answer in Connect's format: <c>{"error_code": 404, "message": "..."}</c> (the code is the HTTP status).</summary>
internal sealed class ConnectError(int status, string message) : Exception(message)
{
    public int Status { get; } = status;

    public JsonObject Body => new() { ["error_code"] = Status, ["message"] = Message };

    public static ConnectError ConnectorNotFound(string name) => new(404, $"Connector {name} not found");
    public static ConnectError NoRoute() => new(404, "HTTP 404 Not Found");
    public static ConnectError ServerError() => new(500, "Request failed: the Connect worker is unavailable");
}
