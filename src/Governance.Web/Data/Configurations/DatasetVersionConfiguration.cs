using Governance.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Web.Data.Configurations;

internal sealed class DatasetVersionConfiguration : IEntityTypeConfiguration<DatasetVersion>
{
    public void Configure(EntityTypeBuilder<DatasetVersion> builder)
    {
        builder.ToTable("dataset_versions");
        builder.HasIndex(v => new { v.DatasetId, v.Version }).IsUnique();
        builder.Property(v => v.IdentityHash).HasMaxLength(64);
        builder.Property(v => v.RunId).HasMaxLength(256);
        builder.HasMany(v => v.Fields).WithOne().HasForeignKey(f => f.DatasetVersionId).OnDelete(DeleteBehavior.Cascade);
    }
}
