using Governance.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Web.Data.Configurations;

internal sealed class ContractViolationConfiguration : IEntityTypeConfiguration<ContractViolation>
{
    public void Configure(EntityTypeBuilder<ContractViolation> builder)
    {
        builder.ToTable("contract_violations");
        builder.Property(v => v.RuleKey).HasMaxLength(512);
        builder.Property(v => v.Kind).HasMaxLength(32);
        builder.Property(v => v.Severity).HasMaxLength(16);
        builder.Property(v => v.Message).HasMaxLength(4096);
        // A check finds the open violation of a rule; dashboards list open ones newest first.
        builder.HasIndex(v => new { v.ContractId, v.RuleKey, v.ResolvedAt });
        builder.HasIndex(v => new { v.ResolvedAt, v.LastSeenAt });
        builder.HasOne(v => v.Contract).WithMany().HasForeignKey(v => v.ContractId).OnDelete(DeleteBehavior.Cascade);
    }
}
