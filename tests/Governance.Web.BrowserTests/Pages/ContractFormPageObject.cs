namespace Governance.Web.BrowserTests.Pages;

/// <summary>The contract form (new or edit) and its "paste or upload ODCS YAML" tab.</summary>
public sealed class ContractFormPageObject(IPage page) : PortalPage(page)
{
    public ILocator Id => Page.GetByTestId("form-id");
    public ILocator Version => Page.GetByTestId("form-version");
    public ILocator Owner => Page.GetByTestId("form-owner");
    public ILocator Topic => Page.GetByTestId("form-topic");
    public ILocator Cluster => Page.GetByTestId("form-cluster");
    public ILocator Subject => Page.GetByTestId("form-subject");
    public ILocator Fields => Page.GetByTestId("form-field");
    public ILocator FieldName(int index) => Field(index).GetByTestId("form-field-name");
    public ILocator FieldRequired(int index) => Field(index).GetByTestId("form-field-required");
    public ILocator FieldMinimum(int index) => Field(index).GetByTestId("form-field-minimum");
    public ILocator AddRule => Page.GetByTestId("form-rule-add");
    public ILocator RuleName(int index) => Rule(index).GetByTestId("form-rule-name");
    public ILocator RuleExpression(int index) => Rule(index).GetByTestId("form-rule-expression");
    public ILocator Submit => Page.GetByTestId("form-submit");
    public ILocator Problems => Page.GetByTestId("form-problems");

    /// <summary>The validator's message under one input, by its key (<c>fields[1].minimum</c>, <c>qualityRules[0].expression</c>).</summary>
    public ILocator Error(string key) => Page.Locator($"[data-testid=form-error][data-key=\"{key}\"]");

    public ILocator YamlTab => Page.GetByRole(AriaRole.Tab, new PageGetByRoleOptions { Name = "Paste or upload ODCS YAML" });
    public ILocator YamlText => Page.GetByTestId("yaml-text");
    public ILocator YamlSubmit => Page.GetByTestId("yaml-submit");
    public ILocator YamlProblems => Page.GetByTestId("yaml-problems").GetByTestId("contract-problem");

    public ILocator Field(int index) => Page.Locator($"[data-testid=form-field][data-index=\"{index}\"]");
    public ILocator Rule(int index) => Page.Locator($"[data-testid=form-rule][data-index=\"{index}\"]");

    /// <summary>Types into a text input and leaves it, so the form hears the change.</summary>
    public static async Task TypeAsync(ILocator input, string text)
    {
        await input.FillAsync(text);
        await input.PressAsync("Tab");
    }

    public async Task<ContractFormPageObject> GotoNewAsync()
    {
        await OpenAsync("contracts/new");
        return this;
    }
}
