using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Governance.Simulator.Hosting;

/// <summary>A JSON answer with an explicit content type (the registry's is not <c>application/json</c>).</summary>
internal sealed class JsonNodeResult(int status, JsonNode body, string contentType) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = status;
        httpContext.Response.ContentType = contentType;
        await httpContext.Response.WriteAsync(body.ToJsonString(), Encoding.UTF8, httpContext.RequestAborted);
    }
}
