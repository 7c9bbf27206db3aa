using System.IO.Compression;
using Microsoft.Net.Http.Headers;

namespace Governance.Web.Ingestion;

/// <summary>
/// Reads an ingestion request body with the checks the OpenLineage HTTP transport expects:
/// JSON content type, optional gzip, and a size limit applied after decompression (so a small
/// compressed bomb cannot exhaust memory).
/// </summary>
internal static class RequestBodyReader
{
    public static async Task<BodyReadResult> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (!IsJson(request.ContentType))
        {
            return BodyReadResult.Fail(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type",
                $"Send the event as 'Content-Type: application/json' (got '{request.ContentType ?? "none"}').");
        }

        if (request.ContentLength > maxBytes)
        {
            return TooLarge(maxBytes);
        }

        Stream body = request.Body;
        var encoding = request.Headers.ContentEncoding.ToString();
        if (encoding.Length > 0 && !encoding.Equals("identity", StringComparison.OrdinalIgnoreCase))
        {
            if (!encoding.Equals("gzip", StringComparison.OrdinalIgnoreCase))
            {
                return BodyReadResult.Fail(StatusCodes.Status415UnsupportedMediaType, "Unsupported content encoding",
                    $"Content-Encoding '{encoding}' is not supported; use gzip or none.");
            }

            body = new GZipStream(request.Body, CompressionMode.Decompress, leaveOpen: true);
        }

        await using (body.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            try
            {
                int read;
                while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
                {
                    if (buffer.Length + read > maxBytes)
                    {
                        return TooLarge(maxBytes);
                    }

                    buffer.Write(chunk, 0, read);
                }
            }
            catch (InvalidDataException ex)
            {
                return BodyReadResult.Fail(StatusCodes.Status400BadRequest, "Malformed gzip body", ex.Message);
            }

            return BodyReadResult.Ok(buffer.ToArray());
        }
    }

    private static BodyReadResult TooLarge(long maxBytes) =>
        BodyReadResult.Fail(StatusCodes.Status413PayloadTooLarge, "Request body too large",
            $"The body exceeds the limit of {maxBytes} bytes (Ingestion:MaxBodyBytes); split it into smaller batches.");

    private static bool IsJson(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType))
        {
            return false;
        }

        var type = mediaType.MediaType.Value ?? string.Empty;
        return type.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || type.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>Either the body bytes or the HTTP problem that refused them.</summary>
internal sealed record BodyReadResult(byte[]? Body, int Status, string? Title, string? Detail)
{
    public static BodyReadResult Ok(byte[] body) => new(body, StatusCodes.Status200OK, null, null);

    public static BodyReadResult Fail(int status, string title, string detail) => new(null, status, title, detail);
}
