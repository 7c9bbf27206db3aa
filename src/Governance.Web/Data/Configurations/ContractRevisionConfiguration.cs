using Governance.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Web.Data.Configurations;

internal sealed class ContractRevisionConfiguration : IEntityTypeConfiguration<ContractRevision>
{
    public void Configure(EntityTypeBuilder<ContractRevision> builder)
    {
        builder.ToTable("contract_revisions");
        builder.HasIndex(r => new { r.ContractId, r.Revision }).IsUnique();
        builder.Property(r => r.Version).HasMaxLength(64);
        builder.Property(r => r.Status).HasMaxLength(16);
        builder.Property(r => r.DocumentHash).HasMaxLength(64);
        builder.Property(r => r.CreatedBy).HasMaxLength(256);
        builder.Property(r => r.Review).HasMaxLength(16);
        builder.Property(r => r.ReviewedBy).HasMaxLength(256);
        builder.Property(r => r.ReviewComment).HasMaxLength(2048);
    }
}
