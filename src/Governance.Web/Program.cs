using Governance.Web.Extensions;

var builder = WebApplication.CreateBuilder(args);

builder.AddGovernanceDatabase();
builder.AddGovernanceSecurity();
builder.AddCatalogServices();
builder.AddContractServices();
builder.AddApiServices();
builder.AddPortalServices();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAuthentication();
app.UseAuthorization();

app.MapGovernanceApis();
app.MapContractApis();
app.MapPortal();

app.Run();

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
