namespace Governance.Web.Components.Shared.Checks;

/// <summary>The plain, wrapping table look of the check results (long messages and names must wrap, not overflow).</summary>
internal static class CheckTableStyles
{
    public const string Table = "width: 100%; border-collapse: collapse; font-size: 0.9rem";
    public const string Header = "text-align: left; padding: 0.4rem 0.6rem; border-bottom: 1px solid var(--rz-base-300); white-space: nowrap";
    public const string Cell = "padding: 0.4rem 0.6rem; vertical-align: top; border-bottom: 1px solid var(--rz-base-200); overflow-wrap: anywhere";

    /// <summary>A cell for short codes (locations, kinds) that read badly when broken.</summary>
    public const string CodeCell = "padding: 0.4rem 0.6rem; vertical-align: top; border-bottom: 1px solid var(--rz-base-200); white-space: nowrap";
}
