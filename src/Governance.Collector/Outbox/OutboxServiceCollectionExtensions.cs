using System.Net;
using Governance.Collector.Transport;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Governance.Collector.Outbox;

/// <summary>Registers the durable outbox, the configured transport and the delivery service.</summary>
public static class OutboxServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IOutbox"/> (a <see cref="FileOutbox"/>), the <see cref="IEventTransport"/> chosen by
    /// <c>Transport:Type</c>, and <see cref="OutboxDeliveryService"/> (as a singleton, for its
    /// <see cref="OutboxDeliveryService.Status"/>, and as a hosted service). Binds and validates at
    /// start <see cref="OutboxOptions"/> (<c>Outbox</c>), <see cref="TransportOptions"/> (<c>Transport</c>)
    /// and <see cref="PortalOptions"/> (<c>Portal</c>).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">
    /// The configuration holding the <c>Outbox</c>, <c>Transport</c> and <c>Portal</c> sections,
    /// normally the application's root configuration.
    /// </param>
    /// <returns><paramref name="services"/>.</returns>
    public static IServiceCollection AddOutbox(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        // Bound from the given configuration rather than BindConfiguration(path), which would read the
        // root IConfiguration from the container and silently ignore the argument.
        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection(OutboxOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<TransportOptions>().Bind(configuration.GetSection(TransportOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<PortalOptions>().Bind(configuration.GetSection(PortalOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PortalOptions>, PortalOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<OutboxOptions>>().Value;
            var resolved = new OutboxOptions
            {
                Directory = ResolvePath(sp, options.Directory),
                MaxBytes = options.MaxBytes,
                SegmentBytes = options.SegmentBytes,
            };
            return FileOutbox.Open(resolved, sp.GetRequiredService<ILogger<FileOutbox>>(), sp.GetRequiredService<TimeProvider>());
        });
        services.TryAddSingleton<IOutbox>(sp => sp.GetRequiredService<FileOutbox>());

        services.AddHttpClient<HttpTransport>()
            .ConfigureHttpClient((sp, client) =>
            {
                var portal = sp.GetRequiredService<IOptions<PortalOptions>>().Value;
                client.Timeout = portal.RequestTimeout;
                client.DefaultRequestHeaders.UserAgent.ParseAdd("Governance.Collector/1.0");
            })
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                ConnectTimeout = sp.GetRequiredService<IOptions<PortalOptions>>().Value.ConnectTimeout,
                // The client lives as long as the delivery service (a singleton), so the factory never
                // rotates its handler; recycling pooled connections picks up DNS changes instead.
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                AutomaticDecompression = DecompressionMethods.All,
            })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            // The factory's logging handler may log request headers: never the API key.
            .RedactLoggedHeaders(name => name.Equals("Authorization", StringComparison.OrdinalIgnoreCase)
                || name.Equals("Proxy-Authorization", StringComparison.OrdinalIgnoreCase));

        services.TryAddSingleton<IEventTransport>(sp =>
        {
            var transport = sp.GetRequiredService<IOptions<TransportOptions>>().Value;
            return transport.Type switch
            {
                TransportKind.Http => sp.GetRequiredService<HttpTransport>(),
                TransportKind.Console => new ConsoleTransport(),
                TransportKind.File => new FileTransport(ResolvePath(sp, transport.Path!)),
                _ => throw new InvalidOperationException($"Transport:Type {transport.Type} is not supported."),
            };
        });

        services.TryAddSingleton<OutboxDeliveryService>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDeliveryService>());
        return services;
    }

    /// <summary>Same as <see cref="AddOutbox(IServiceCollection, IConfiguration)"/> with the builder's configuration.</summary>
    /// <param name="builder">The host builder.</param>
    /// <returns><paramref name="builder"/>.</returns>
    public static IHostApplicationBuilder AddOutbox(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOutbox(builder.Configuration);
        return builder;
    }

    /// <summary>Resolves a configured path against the host's content root (the working directory without a host).</summary>
    private static string ResolvePath(IServiceProvider services, string path) =>
        Path.GetFullPath(path, services.GetService<IHostEnvironment>()?.ContentRootPath ?? Environment.CurrentDirectory);
}
