using Governance.Model.Contracts;
using Governance.Model.Naming;
using Governance.Web.Catalog;
using Governance.Web.Components.Shared.Contracts;
using Governance.Web.Contracts;
using Microsoft.AspNetCore.Components;

namespace Governance.Web.Components.Pages.Contracts;

/// <summary>Loads or prefills the form, and saves what the form or the YAML box submits through the portal's commands.</summary>
public sealed partial class ContractEditPage
{
    private static readonly IReadOnlyDictionary<string, IReadOnlyList<string>> NoErrors = new Dictionary<string, IReadOnlyList<string>>();
    private readonly CancellationTokenSource _disposed = new();
    private ContractFormModel? _model;
    private bool _missing;
    private bool _busy;
    private IReadOnlyDictionary<string, IReadOnlyList<string>> _errors = NoErrors;
    private IReadOnlyList<ContractProblem> _problems = [];
    private IReadOnlyList<ContractProblem> _yamlProblems = [];

    [Inject] private ContractStore Store { get; set; } = null!;
    [Inject] private ContractPortalCommands Commands { get; set; } = null!;
    [Inject] private DatasetReader Datasets { get; set; } = null!;
    [Inject] private NavigationManager Navigation { get; set; } = null!;

    [Parameter] public string? Key { get; set; }

    [SupplyParameterFromQuery(Name = "namespace")] public string? Namespace { get; set; }
    [SupplyParameterFromQuery(Name = "dataset")] public string? Dataset { get; set; }

    private bool IsNew => Key is null;

    protected override async Task OnParametersSetAsync()
    {
        var ct = _disposed.Token;
        if (IsNew)
        {
            _model = await PrefillAsync(ct);
            return;
        }

        var latest = await Store.LatestAsync(Key!, ct);
        _missing = latest is null;
        _model = latest is null ? new ContractFormModel() : ContractFormModel.From(latest);
    }

    /// <summary>A new contract for the dataset named in the URL: its topic, cluster, value subject, owner and top-level fields.</summary>
    private async Task<ContractFormModel> PrefillAsync(CancellationToken ct)
    {
        var model = new ContractFormModel();
        if (string.IsNullOrEmpty(Dataset) || await Datasets.GetAsync(Namespace ?? string.Empty, Dataset, ct) is not { } dataset)
        {
            return model;
        }

        model.Id = dataset.Name;
        model.Name = dataset.Name;
        model.Topic = dataset.Name;
        model.Description = dataset.Description;
        model.Cluster = KafkaNaming.IsKafkaNamespace(dataset.Namespace) ? dataset.Namespace[(KafkaNaming.Scheme.Length + 3)..] : null;
        model.Owner = dataset.Owners.FirstOrDefault();
        model.Domain = dataset.Domains.FirstOrDefault();
        model.Subject = RegistryContracts.FromFacets(dataset.Facets).FirstOrDefault(s => s.Role == "value")?.Subject;
        model.Fields = dataset.Fields.Select(f => new ContractFieldForm { Name = f.Name, PhysicalType = f.Type, Description = f.Description }).ToList();
        return model;
    }

    private async Task OnSubmittedAsync(ContractFormModel model)
    {
        await RunAsync(async ct =>
        {
            var (contract, readProblems) = ContractDocumentReader.Read(model.ToDocument(), model.Basis);
            if (contract is null)
            {
                Show(null, readProblems);
                return;
            }

            if (IsNew && await Store.LatestAsync(contract.Id, ct) is not null)
            {
                Show(contract, [new ContractProblem(ContractProblemKind.Invalid, "id", $"a contract with id '{contract.Id}' exists already: edit it, or choose another id")]);
                return;
            }

            var result = await Commands.SaveAsync(contract, ct);
            if (result.Succeeded)
            {
                Navigation.NavigateTo(ContractLinks.Contract(result.Key!));
                return;
            }

            Show(contract, result.Problems);
        });
    }

    private async Task OnImportRequestedAsync(string yaml)
    {
        await RunAsync(async ct =>
        {
            var result = await Commands.ImportYamlAsync(yaml, ct);
            if (result.Succeeded)
            {
                Navigation.NavigateTo(ContractLinks.Contract(result.Key!));
                return;
            }

            _yamlProblems = result.Problems;
        });
    }

    private void Show(DataContract? contract, IReadOnlyList<ContractProblem> problems)
    {
        _problems = problems;
        _errors = ContractFormErrors.ByKey(contract, problems);
    }

    private async Task RunAsync(Func<CancellationToken, Task> command)
    {
        _busy = true;
        try
        {
            await command(_disposed.Token);
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
