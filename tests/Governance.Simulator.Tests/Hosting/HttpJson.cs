using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Governance.Simulator.Tests.Hosting;

/// <summary>A JSON answer: status, content type and parsed body.</summary>
internal sealed record HttpJson(HttpStatusCode Status, string? ContentType, JsonNode? Body, string Text)
{
    public static async Task<HttpJson> SendAsync(HttpClient client, HttpMethod method, string path, JsonNode? body = null, string contentType = "application/vnd.schemaregistry.v1+json")
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        JsonNode? parsed = null;
        try
        {
            parsed = text.Length == 0 ? null : JsonNode.Parse(text);
        }
        catch (System.Text.Json.JsonException)
        {
            // Not JSON (e.g. a raw Protobuf schema).
        }

        return new HttpJson(response.StatusCode, response.Content.Headers.ContentType?.MediaType, parsed, text);
    }

    public static Task<HttpJson> GetAsync(HttpClient client, string path) => SendAsync(client, HttpMethod.Get, path);

    public int ErrorCode => Body!["error_code"]!.GetValue<int>();
    public string Message => Body!["message"]!.GetValue<string>();
}
