using Governance.Collector.Kafka;

namespace Governance.Collector.Scanning;

/// <summary>
/// An HTTP service of a cluster (Schema Registry or Kafka Connect): base URL and optional basic-auth
/// credentials. The password is never logged (<see cref="ToString"/> redacts it) and never put in a URL.
/// </summary>
public sealed class ServiceEndpoint
{
    /// <summary>Base URL, e.g. <c>https://registry.example:8081</c>, without credentials.</summary>
    public string Url { get; set; } = "";

    /// <summary>Basic-auth user name (for Confluent Cloud: the API key), if any.</summary>
    public string? Username { get; set; }

    /// <summary>Basic-auth password (for Confluent Cloud: the API secret), if any.</summary>
    public string? Password { get; set; }

    /// <summary>The base URL with a trailing slash, so that relative paths append to it.</summary>
    public Uri BaseUri => new(Url.EndsWith('/') ? Url : Url + "/", UriKind.Absolute);

    /// <summary>True when basic-auth credentials are configured.</summary>
    public bool HasCredentials => !string.IsNullOrEmpty(Username);

    /// <summary>Every problem of this endpoint (empty when usable); <paramref name="name"/> prefixes the messages.</summary>
    public IReadOnlyList<string> Validate(string name)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(Url))
        {
            errors.Add($"{name}:Url is required");
            return errors;
        }

        if (!Uri.TryCreate(Url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            errors.Add($"{name}:Url '{SecretRedaction.RedactUrlSecrets(Url)}' is not an absolute http(s) URL");
        }
        else if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            errors.Add($"{name}:Url must not contain credentials; use {name}:Username and {name}:Password");
        }
        else if (!string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
        {
            errors.Add($"{name}:Url must not have a query or fragment");
        }

        if (string.IsNullOrEmpty(Username) && !string.IsNullOrEmpty(Password))
        {
            errors.Add($"{name}:Password is set without {name}:Username");
        }

        if (Username?.Contains(':', StringComparison.Ordinal) == true)
        {
            errors.Add($"{name}:Username must not contain ':' (basic auth)");
        }

        return errors;
    }

    /// <summary>URL and user name; the password is redacted.</summary>
    public override string ToString() =>
        $"{Url}{(HasCredentials ? $" (user {Username}, password {(string.IsNullOrEmpty(Password) ? "none" : SecretRedaction.Redacted)})" : "")}";
}

/// <summary>Timeouts, retries and parallelism of an HTTP service client (sections <c>Scan:SchemaRegistry</c>, <c>Scan:Connect</c>).</summary>
public sealed class RestClientOptions
{
    /// <summary>Timeout of one HTTP attempt.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Attempts per request on 408, 429, 5xx, transport errors and timeouts.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>Wait before the first retry; doubles with each further attempt (a Retry-After header wins, up to 30 s).</summary>
    public TimeSpan RetryBackoff { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Requests in flight at once per service.</summary>
    public int MaxConcurrency { get; set; } = 8;

    /// <summary>Items (subjects, connectors) failing in a row after which the service is taken as down and the rest is not asked.</summary>
    public int MaxConsecutiveFailures { get; set; } = 10;

    /// <summary>Every problem of these options (empty when usable).</summary>
    public IReadOnlyList<string> Validate(string name)
    {
        var errors = new List<string>();
        if (RequestTimeout <= TimeSpan.Zero) errors.Add($"{name}:RequestTimeout must be positive");
        if (MaxAttempts < 1) errors.Add($"{name}:MaxAttempts must be at least 1");
        if (RetryBackoff < TimeSpan.Zero) errors.Add($"{name}:RetryBackoff must not be negative");
        if (MaxConcurrency < 1) errors.Add($"{name}:MaxConcurrency must be at least 1");
        if (MaxConsecutiveFailures < 1) errors.Add($"{name}:MaxConsecutiveFailures must be at least 1");
        return errors;
    }
}
