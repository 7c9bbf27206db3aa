using Governance.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Web.Data.Configurations;

internal sealed class CatalogTermConfiguration : IEntityTypeConfiguration<CatalogTerm>
{
    public void Configure(EntityTypeBuilder<CatalogTerm> builder)
    {
        builder.ToTable("catalog_terms");
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(t => t.Value).HasMaxLength(256);
        builder.Property(t => t.NormalizedValue).HasMaxLength(256);
        builder.Property(t => t.Field).HasMaxLength(1024);
        // Filters ask "which entities carry this label"; pages ask "which labels does this entity carry".
        builder.HasIndex(t => new { t.Kind, t.NormalizedValue });
        builder.HasIndex(t => t.DatasetId);
        builder.HasIndex(t => t.JobId);
        builder.HasOne<DatasetEntity>().WithMany().HasForeignKey(t => t.DatasetId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<JobEntity>().WithMany().HasForeignKey(t => t.JobId).OnDelete(DeleteBehavior.Cascade);
    }
}
