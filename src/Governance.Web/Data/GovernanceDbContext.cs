using Governance.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Governance.Web.Data;

/// <summary>
/// The catalog store. Each database engine has its own subclass in <c>Providers/</c> so that each
/// keeps its own migrations; the model is the same.
/// </summary>
public abstract class GovernanceDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<RawEvent> RawEvents => Set<RawEvent>();
    public DbSet<NamespaceEntity> Namespaces => Set<NamespaceEntity>();
    public DbSet<DatasetEntity> Datasets => Set<DatasetEntity>();
    public DbSet<DatasetVersion> DatasetVersions => Set<DatasetVersion>();
    public DbSet<DatasetField> DatasetFields => Set<DatasetField>();
    public DbSet<JobEntity> Jobs => Set<JobEntity>();
    public DbSet<JobVersion> JobVersions => Set<JobVersion>();
    public DbSet<RunEntity> Runs => Set<RunEntity>();
    public DbSet<RunStateTransition> RunStates => Set<RunStateTransition>();
    public DbSet<LineageEdge> LineageEdges => Set<LineageEdge>();
    public DbSet<DatasetSymlink> DatasetSymlinks => Set<DatasetSymlink>();
    public DbSet<ColumnLineageEdge> ColumnLineageEdges => Set<ColumnLineageEdge>();
    public DbSet<CatalogTerm> CatalogTerms => Set<CatalogTerm>();
    public DbSet<RawEventDataset> RawEventDatasets => Set<RawEventDataset>();
    public DbSet<RegistrySchemaVersion> RegistrySchemaVersions => Set<RegistrySchemaVersion>();
    public DbSet<ContractEntity> Contracts => Set<ContractEntity>();
    public DbSet<ContractRevision> ContractRevisions => Set<ContractRevision>();
    public DbSet<ContractViolation> ContractViolations => Set<ContractViolation>();
    public DbSet<WebhookSubscription> WebhookSubscriptions => Set<WebhookSubscription>();
    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(GovernanceDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every instant is UTC; SQLite hands DateTime back unspecified and Npgsql insists on UTC.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }
}
