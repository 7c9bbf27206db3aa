using Microsoft.Extensions.Options;

namespace Governance.Collector.Transport;

/// <summary>
/// Checks what data annotations cannot: the portal address and key are required when, and only
/// when, the HTTP transport is selected, and the address must be http(s).
/// </summary>
public sealed class PortalOptionsValidator(IOptions<TransportOptions> transport) : IValidateOptions<PortalOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, PortalOptions options)
    {
        var errors = Check(options, transport.Value.Type).ToList();
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    /// <summary>The problems of <paramref name="options"/> for the given transport (none when it is not <c>Http</c>).</summary>
    /// <param name="options">The portal settings.</param>
    /// <param name="transport">The selected transport.</param>
    /// <returns>One message per problem; messages name settings, never the key's value.</returns>
    public static IEnumerable<string> Check(PortalOptions options, TransportKind transport)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (transport != TransportKind.Http)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(options.Url))
        {
            yield return "Portal:Url is required when Transport:Type is Http.";
        }
        else if (!Uri.TryCreate(options.Url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            yield return "Portal:Url must be an absolute http or https URL.";
        }

        if (string.IsNullOrWhiteSpace(options.ApiKey))
        {
            yield return "Portal:ApiKey is required when Transport:Type is Http (the portal's ingestion key).";
        }
    }
}
