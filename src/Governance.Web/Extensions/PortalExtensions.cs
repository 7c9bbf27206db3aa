using Governance.Web.Components;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting.StaticWebAssets;
using Radzen;

namespace Governance.Web.Extensions;

/// <summary>The browser portal: a Blazor Web App rendered on the server (Interactive Server) with Radzen components.</summary>
internal static class PortalExtensions
{
    /// <summary>The portal's "page not found" page (Components/Pages/NotFoundPage.razor).</summary>
    public const string NotFoundPath = "/not-found";

    // Paths that belong to the API or to static files, never to a portal page.
    private static readonly string[] NonPagePrefixes = ["/api", "/openapi", "/health", "/alive", "/_framework", "/_content", "/_blazor"];

    public static IHostApplicationBuilder AddPortalServices(this IHostApplicationBuilder builder)
    {
        UseStaticWebAssetsFromBuildOutput(builder);
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddRadzenComponents();
        return builder;
    }

    /// <summary>
    /// Static assets (the Radzen theme, fonts and scripts, the portal's stylesheet, blazor.web.js)
    /// and the portal's pages. Call after the API endpoints so that the pages never shadow them.
    /// </summary>
    public static WebApplication MapPortal(this WebApplication app)
    {
        // A browser that asks for a page that does not exist gets the portal's own not-found page.
        // Everything else (API calls, missing files) is left to the status code pages set up for the
        // API, which answer with ProblemDetails. (Re-execution has to be registered on the app itself:
        // inside a UseWhen branch it cannot route to the page.)
        app.UseStatusCodePagesWithReExecute(NotFoundPath, createScopeForStatusCodePages: true);
        app.Use((context, next) =>
        {
            if (!IsPageRequest(context) && context.Features.Get<IStatusCodePagesFeature>() is { } portalPages)
            {
                portalPages.Enabled = false;
            }

            return next(context);
        });

        // Blazor's form and circuit endpoints need antiforgery; the JSON APIs are unaffected
        // because minimal API endpoints with JSON bodies carry no antiforgery metadata.
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }

    /// <summary>
    /// Outside Development, ASP.NET Core serves static files only from a published wwwroot. Run
    /// straight from build output (./run.sh, the tests), the app finds a runtime manifest next to it
    /// that points at the project's and the packages' files (the Radzen theme, blazor.web.js): use it.
    /// Published output has no such manifest and is unaffected.
    /// </summary>
    private static void UseStaticWebAssetsFromBuildOutput(IHostApplicationBuilder builder)
    {
        if (!builder.Environment.IsDevelopment()
            && builder.Environment is IWebHostEnvironment web
            && File.Exists(Path.Combine(AppContext.BaseDirectory, $"{web.ApplicationName}.staticwebassets.runtime.json")))
        {
            StaticWebAssetsLoader.UseStaticWebAssets(web, builder.Configuration);
        }
    }

    private static bool IsPageRequest(HttpContext context) =>
        (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        && context.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase)
        && !NonPagePrefixes.Any(prefix => context.Request.Path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase));
}
