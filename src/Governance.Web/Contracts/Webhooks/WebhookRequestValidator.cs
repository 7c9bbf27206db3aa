namespace Governance.Web.Contracts.Webhooks;

/// <summary>Checks a subscription request field by field, naming each problem.</summary>
internal static class WebhookRequestValidator
{
    public const int MinimumSecretLength = 16;

    public static Dictionary<string, string[]> Validate(CreateWebhookRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Trim().Length > 256)
        {
            errors["name"] = ["A name of 1 to 256 characters is required."];
        }

        if (string.IsNullOrWhiteSpace(request.Url)
            || !Uri.TryCreate(request.Url.Trim(), UriKind.Absolute, out var url)
            || url.Scheme is not ("http" or "https")
            || request.Url.Length > 2048)
        {
            errors["url"] = ["An absolute http or https URL of at most 2048 characters is required."];
        }

        if (!string.IsNullOrEmpty(request.Secret) && request.Secret.Length < MinimumSecretLength)
        {
            errors["secret"] = [$"A secret must have at least {MinimumSecretLength} characters (or leave it out to get a generated one)."];
        }

        return errors;
    }
}
