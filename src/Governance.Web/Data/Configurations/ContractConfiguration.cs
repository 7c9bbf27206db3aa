using Governance.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Web.Data.Configurations;

internal sealed class ContractConfiguration : IEntityTypeConfiguration<ContractEntity>
{
    public void Configure(EntityTypeBuilder<ContractEntity> builder)
    {
        builder.ToTable("contracts");
        builder.Property(c => c.Key).HasMaxLength(256);
        builder.HasIndex(c => c.Key).IsUnique();
        builder.Property(c => c.Name).HasMaxLength(256);
        builder.Property(c => c.DatasetNamespace).HasMaxLength(512);
        builder.Property(c => c.DatasetName).HasMaxLength(512);
        // Enforcement looks contracts up by the dataset an event or scan reports, and by subject.
        builder.HasIndex(c => new { c.DatasetNamespace, c.DatasetName });
        builder.Property(c => c.Subject).HasMaxLength(512);
        builder.HasIndex(c => c.Subject);
        builder.Property(c => c.Owner).HasMaxLength(256);
        builder.Property(c => c.Status).HasMaxLength(16);
        builder.HasMany(c => c.Revisions).WithOne(r => r.Contract).HasForeignKey(r => r.ContractId).OnDelete(DeleteBehavior.Cascade);
    }
}
