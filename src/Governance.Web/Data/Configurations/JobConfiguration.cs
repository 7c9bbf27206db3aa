using Governance.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Web.Data.Configurations;

internal sealed class JobConfiguration : IEntityTypeConfiguration<JobEntity>
{
    public void Configure(EntityTypeBuilder<JobEntity> builder)
    {
        builder.ToTable("jobs");
        builder.Property(j => j.Name).HasMaxLength(1024);
        builder.HasIndex(j => new { j.NamespaceId, j.Name }).IsUnique();
        builder.HasIndex(j => j.Name);
        builder.Property(j => j.Type).HasMaxLength(64);
        builder.Property(j => j.Integration).HasMaxLength(256);
        builder.Property(j => j.LatestRunId).HasMaxLength(256);
        builder.HasOne(j => j.Namespace).WithMany().HasForeignKey(j => j.NamespaceId).OnDelete(DeleteBehavior.Restrict);
    }
}
