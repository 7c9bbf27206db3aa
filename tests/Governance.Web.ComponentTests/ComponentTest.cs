using Microsoft.Extensions.DependencyInjection;
using Radzen;

namespace Governance.Web.ComponentTests;

/// <summary>A bUnit context with what Radzen components need to render outside a browser.</summary>
public abstract class ComponentTest : BunitContext
{
    protected ComponentTest()
    {
        Services.AddRadzenComponents();
        // Radzen calls into its JavaScript on render (sizes, focus); nothing here checks those calls.
        JSInterop.Mode = JSRuntimeMode.Loose;
    }
}
