using Governance.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Web.Data.Configurations;

internal sealed class JobVersionConfiguration : IEntityTypeConfiguration<JobVersion>
{
    public void Configure(EntityTypeBuilder<JobVersion> builder)
    {
        builder.ToTable("job_versions");
        builder.HasIndex(v => new { v.JobId, v.Version }).IsUnique();
        builder.Property(v => v.IoHash).HasMaxLength(64);
        builder.Property(v => v.RunId).HasMaxLength(256);
        builder.HasOne(v => v.Job).WithMany().HasForeignKey(v => v.JobId).OnDelete(DeleteBehavior.Cascade);
    }
}
