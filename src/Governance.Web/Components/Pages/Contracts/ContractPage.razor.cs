using Governance.Model.Contracts;
using Governance.Web.Catalog;
using Governance.Web.Components.Shared.Contracts;
using Governance.Web.Contracts;
using Microsoft.AspNetCore.Components;

namespace Governance.Web.Components.Pages.Contracts;

/// <summary>Loads the contract page's data and turns its buttons into commands; the leaf components only present.</summary>
public sealed partial class ContractPage
{
    private const int ViolationsShown = 20;
    private readonly CancellationTokenSource _disposed = new();
    private ContractView? _view;
    private bool _loading = true;
    private bool _busy;
    private IReadOnlyList<ContractRevisionDto> _revisions = [];
    private ViolationList _violations = new(0, []);
    private IReadOnlyList<DiffLine>? _pendingChanges;
    private IReadOnlyList<DiffLine>? _document;
    private string? _documentTitle;
    private string? _reviewError;
    private IReadOnlyList<ContractProblem> _actionProblems = [];
    private int _from;
    private int _to;

    [Inject] private ContractReader Contracts { get; set; } = null!;
    [Inject] private ViolationReader Violations { get; set; } = null!;
    [Inject] private ContractStore Store { get; set; } = null!;
    [Inject] private ContractPortalCommands Commands { get; set; } = null!;

    [Parameter] public string Key { get; set; } = string.Empty;

    private string Title => _loading ? "Contract · Governance" : _view is null ? "Contract not found · Governance" : $"{_view.Summary.Name} · Governance";

    protected override async Task OnParametersSetAsync()
    {
        _loading = true;
        _document = null;
        await LoadAsync();
        _loading = false;
    }

    private async Task LoadAsync()
    {
        var ct = _disposed.Token;
        _view = await Contracts.GetAsync(Key, ct);
        if (_view is null)
        {
            return;
        }

        _revisions = await Contracts.RevisionsAsync(Key, ct) ?? [];
        _violations = await Violations.ListAsync(new ViolationQuery(ViolationQuery.All, ContractKey: Key), Paging.From(ViolationsShown, 0), ct);
        (_from, _to) = _revisions.Count > 1 ? (_revisions[1].Revision, _revisions[0].Revision) : (0, 0);
        _pendingChanges = _view is { Current: { } current, Pending: { } pending }
            ? await DiffAsync(current.Revision, pending.Revision, ct)
            : null;
    }

    /// <summary>"Request activation" and "Request deprecation": the latest revision again, asking for another status.</summary>
    private async Task OnStatusRequestedAsync(ContractStatus status)
    {
        await RunAsync(async ct =>
        {
            var latest = await Store.LatestAsync(Key, ct) ?? throw new InvalidOperationException($"Contract '{Key}' has no revision to build on.");
            var result = await Commands.SaveAsync(latest with { Status = status }, ct);
            _actionProblems = result.Succeeded ? [] : result.Problems;
        });
    }

    private async Task OnReviewDecidedAsync(ContractReviewDecision decision)
    {
        await RunAsync(async ct =>
        {
            var result = await Commands.ReviewAsync(Key, decision.Revision, decision.Approve, decision.Comment, ct);
            _reviewError = result.Succeeded ? null : result.Message;
        });
    }

    private async Task OnRevisionSelectedAsync(int revision)
    {
        var document = await Contracts.RevisionDocumentAsync(Key, revision, _disposed.Token);
        _document = document is null ? null : DocumentLineDiff.Compare(document, document);
        _documentTitle = $"Revision {revision}";
    }

    private async Task OnCompareRequestedAsync((int From, int To) pair)
    {
        _document = await DiffAsync(pair.From, pair.To, _disposed.Token);
        _documentTitle = $"From revision {pair.From} to revision {pair.To}";
    }

    private async Task<IReadOnlyList<DiffLine>?> DiffAsync(int from, int to, CancellationToken ct)
    {
        var older = await Contracts.RevisionDocumentAsync(Key, from, ct);
        var newer = await Contracts.RevisionDocumentAsync(Key, to, ct);
        return older is null || newer is null ? null : DocumentLineDiff.Compare(older, newer);
    }

    /// <summary>Runs a command with the buttons disabled, then shows the contract as it now is.</summary>
    private async Task RunAsync(Func<CancellationToken, Task> command)
    {
        _busy = true;
        try
        {
            await command(_disposed.Token);
            await LoadAsync();
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
