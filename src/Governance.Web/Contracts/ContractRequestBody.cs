using System.Text;
using Microsoft.Net.Http.Headers;

namespace Governance.Web.Contracts;

/// <summary>How a contract was sent.</summary>
public enum ContractBodyFormat
{
    /// <summary>An ODCS document (<c>application/yaml</c>, <c>text/yaml</c>, <c>application/x-yaml</c>).</summary>
    Yaml,

    /// <summary>The JSON shape <see cref="ContractDocumentDto"/> (<c>application/json</c>).</summary>
    Json,
}

/// <summary>The text of a contract submission, or why it was refused before reading it.</summary>
internal sealed record ContractBody(ContractBodyFormat Format, string? Text, int Status, string? Title, string? Detail);

/// <summary>
/// Reads a contract submission: YAML or JSON by content type, UTF-8, and at most <see cref="MaxBytes"/> (a contract is
/// a page of text; a larger body is a mistake or an attack).
/// </summary>
internal static class ContractRequestBody
{
    /// <summary>The largest contract document accepted.</summary>
    public const int MaxBytes = 1024 * 1024;

    /// <summary>The media types a contract may be sent as.</summary>
    public static readonly string[] YamlTypes = ["application/yaml", "text/yaml", "application/x-yaml"];

    public static async Task<ContractBody> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        if (FormatOf(request.ContentType) is not { } format)
        {
            return Fail(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type",
                $"Send an ODCS document as 'Content-Type: application/yaml' (or text/yaml), or the JSON shape as 'application/json' (got '{request.ContentType ?? "none"}').");
        }

        if (request.ContentLength > MaxBytes)
        {
            return TooLarge(format);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16384];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return TooLarge(format);
            }

            buffer.Write(chunk, 0, read);
        }

        try
        {
            var text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
            return new ContractBody(format, text.TrimStart('\uFEFF'), StatusCodes.Status200OK, null, null);
        }
        catch (DecoderFallbackException e)
        {
            return new ContractBody(format, null, StatusCodes.Status400BadRequest, "Not UTF-8",
                $"The body is not UTF-8 text (invalid byte at position {e.Index}).");
        }

        ContractBody Fail(int status, string title, string detail) => new(ContractBodyFormat.Yaml, null, status, title, detail);
    }

    private static ContractBody TooLarge(ContractBodyFormat format) =>
        new(format, null, StatusCodes.Status413PayloadTooLarge, "Contract too large", $"A contract document is at most {MaxBytes} bytes.");

    private static ContractBodyFormat? FormatOf(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType))
        {
            return null;
        }

        var type = mediaType.MediaType.Value ?? string.Empty;
        if (YamlTypes.Any(t => t.Equals(type, StringComparison.OrdinalIgnoreCase)))
        {
            return ContractBodyFormat.Yaml;
        }

        return type.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            ? ContractBodyFormat.Json
            : null;
    }
}
