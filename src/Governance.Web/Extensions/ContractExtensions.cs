using Governance.Web.Contracts;
using Governance.Web.Contracts.Checks;
using Governance.Web.Contracts.Enforcement;
using Governance.Web.Contracts.Webhooks;
using Microsoft.AspNetCore.DataProtection;

namespace Governance.Web.Extensions;

internal static class ContractExtensions
{
    /// <summary>
    /// Data contracts: the store, readers and portal commands, and enforcement's notification side (webhook secrets, the
    /// outbox dispatcher and its HTTP client).
    /// </summary>
    public static IHostApplicationBuilder AddContractServices(this IHostApplicationBuilder builder)
    {
        // Webhook secrets are encrypted at rest; the key ring lives with the data so a restart can still decrypt them.
        builder.Services.AddDataProtection()
            .SetApplicationName("Governance")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(
                StoragePaths.DataDirectory(builder.Configuration, builder.Environment), "keys")));
        builder.Services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<WebhookSecrets>();
        builder.Services.AddHttpClient(WebhookDispatcher.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigureHttpClient(client => client.DefaultRequestHeaders.UserAgent.ParseAdd("Governance-Webhooks/1.0"))
            // Receiver URLs often carry tokens (chat webhooks do): keep them out of the request logs.
            .RemoveAllLoggers();
        builder.Services.AddSingleton<WebhookDispatcher>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<WebhookDispatcher>());

        // Enforcement: checks after each stored event, and a periodic round for time-based rules.
        builder.Services.AddOptions<EnforcementOptions>().BindConfiguration(EnforcementOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<InForceContracts>();
        builder.Services.AddSingleton<ContractChecker>();
        builder.Services.AddSingleton<EnforcementGate>();
        builder.Services.AddSingleton<EventEnforcement>();
        builder.Services.AddSingleton<PeriodicEnforcement>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<PeriodicEnforcement>());
        builder.Services.AddSingleton<DownstreamConsumers>();
        builder.Services.AddSingleton<SchemaCheckService>();

        // Contracts: the store (every write), the readers shared by the API and the portal, and the portal's commands.
        builder.Services.AddSingleton<ContractStore>();
        builder.Services.AddSingleton<ContractReader>();
        builder.Services.AddSingleton<ViolationReader>();
        builder.Services.AddSingleton<WebhookSubscriptions>();
        builder.Services.AddSingleton<ContractPortalCommands>();
        return builder;
    }

    public static IEndpointRouteBuilder MapContractApis(this IEndpointRouteBuilder app)
    {
        app.MapWebhooksApi();
        app.MapContractAssertionsApi();
        app.MapSchemaChecksApi();
        app.MapContractsApi();
        app.MapViolationsApi();
        return app;
    }
}
