using Governance.Web.Catalog;
using Governance.Web.Components.Shared.Contracts;
using Governance.Web.Contracts;
using Governance.Web.Contracts.Webhooks;
using Governance.Web.Data;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Radzen;

namespace Governance.Web.Components.Pages.Contracts;

/// <summary>Loads the dashboard's counts, pages and subscriptions; creates subscriptions through the portal's commands.</summary>
public sealed partial class ViolationsPage
{
    private const int PageSize = 20;
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> NoErrors = new Dictionary<string, IReadOnlyList<string>>();
    private readonly CancellationTokenSource _disposed = new();
    private ViolationListFilter? _filter;
    private ViolationSummary? _summary;
    private IReadOnlyList<string> _namespaces = [];
    private IReadOnlyList<ViolationDto>? _rows;
    private int _count;
    private bool _loading = true;
    private int _requests;
    private ViolationTable? _table;
    private IReadOnlyList<WebhookSubscriptionDto> _webhooks = [];
    private IReadOnlyDictionary<string, IReadOnlyList<string>> _webhookErrors = NoErrors;
    private CreatedWebhook? _created;
    private bool _busy;

    [Inject] private ViolationReader Violations { get; set; } = null!;
    [Inject] private WebhookSubscriptions Webhooks { get; set; } = null!;
    [Inject] private ContractPortalCommands Commands { get; set; } = null!;
    [Inject] private IDbContextFactory<GovernanceDbContext> Contexts { get; set; } = null!;
    [Inject] private NavigationManager Navigation { get; set; } = null!;

    [SupplyParameterFromQuery(Name = "state")] public string? State { get; set; }
    [SupplyParameterFromQuery(Name = "severity")] public string? Severity { get; set; }
    [SupplyParameterFromQuery(Name = "owner")] public string? Owner { get; set; }
    [SupplyParameterFromQuery(Name = "ns")] public string? Namespace { get; set; }
    [SupplyParameterFromQuery(Name = "contract")] public string? Contract { get; set; }

    protected override async Task OnInitializedAsync()
    {
        await using var db = await Contexts.CreateDbContextAsync(_disposed.Token);
        _namespaces = await db.Namespaces.AsNoTracking().OrderBy(n => n.Name).Select(n => n.Name).ToListAsync(_disposed.Token);
        _webhooks = await Webhooks.ListAsync(_disposed.Token);
    }

    protected override async Task OnParametersSetAsync()
    {
        var fromUrl = ViolationListFilter.From(State, Severity, Owner, Namespace, Contract);
        if (fromUrl == _filter)
        {
            return;
        }

        var first = _filter is null;
        _filter = fromUrl;
        _summary = await Violations.SummaryAsync(fromUrl.ToQuery(), _disposed.Token);
        if (!first && _table is not null)
        {
            await _table.ShowFirstPageAsync();
        }
    }

    private async Task LoadData(LoadDataArgs args)
    {
        var request = ++_requests;
        _loading = true;
        try
        {
            var filter = _filter ?? new ViolationListFilter();
            var page = await Violations.ListAsync(filter.ToQuery(), Paging.From(args.Top ?? PageSize, args.Skip), _disposed.Token);
            if (request == _requests)
            {
                (_rows, _count) = (page.Violations, page.TotalCount);
            }
        }
        finally
        {
            _loading = request != _requests;
        }
    }

    private void OnFilterChanged(ViolationListFilter filter) => Navigation.NavigateTo(filter.ToUrl(), replace: true);

    private async Task OnCreateWebhookAsync(CreateWebhookRequest request)
    {
        _busy = true;
        try
        {
            var result = await Commands.CreateWebhookAsync(request, _disposed.Token);
            _created = result.Created;
            _webhookErrors = result.Errors.ToDictionary(e => e.Key, e => (IReadOnlyList<string>)e.Value);
            if (result.Created is not null)
            {
                _webhooks = await Webhooks.ListAsync(_disposed.Token);
            }
        }
        finally
        {
            _busy = false;
        }
    }

    public void Dispose()
    {
        _disposed.Cancel();
        _disposed.Dispose();
    }
}
