using Governance.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Web.Data.Configurations;

internal sealed class RunConfiguration : IEntityTypeConfiguration<RunEntity>
{
    public void Configure(EntityTypeBuilder<RunEntity> builder)
    {
        builder.ToTable("runs");
        builder.Property(r => r.RunId).HasMaxLength(256);
        builder.HasIndex(r => r.RunId).IsUnique();
        builder.HasIndex(r => new { r.JobId, r.CreatedAt });
        builder.Property(r => r.State).HasMaxLength(32);
        builder.Property(r => r.ParentRunId).HasMaxLength(256);
        builder.HasOne(r => r.Job).WithMany().HasForeignKey(r => r.JobId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.States).WithOne().HasForeignKey(s => s.RunId).OnDelete(DeleteBehavior.Cascade);
    }
}
