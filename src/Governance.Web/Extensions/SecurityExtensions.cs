using Governance.Web.Options;
using Governance.Web.Security;

namespace Governance.Web.Extensions;

internal static class SecurityExtensions
{
    /// <summary>Authorization policy required by every write API.</summary>
    public const string IngestPolicy = "ingest";

    public static IHostApplicationBuilder AddGovernanceSecurity(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<IngestionOptions>().BindConfiguration(IngestionOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<IngestionKeyStore>();
        builder.Services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(
                ApiKeyAuthenticationHandler.SchemeName, null);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(IngestPolicy, p => p
                .AddAuthenticationSchemes(ApiKeyAuthenticationHandler.SchemeName)
                .RequireClaim(ApiKeyAuthenticationHandler.ScopeClaim, "ingest"));
        return builder;
    }
}
