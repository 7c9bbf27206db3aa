using Governance.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Web.Data.Configurations;

internal sealed class LineageEdgeConfiguration : IEntityTypeConfiguration<LineageEdge>
{
    public void Configure(EntityTypeBuilder<LineageEdge> builder)
    {
        builder.ToTable("lineage_edges");
        builder.Property(e => e.Direction).HasConversion<string>().HasMaxLength(16);
        // Graph walks go both ways: from a job to its datasets and from a dataset to its jobs.
        builder.HasIndex(e => new { e.JobId, e.Direction, e.ValidTo });
        builder.HasIndex(e => new { e.DatasetId, e.Direction, e.ValidTo });
        // In-memory graph readers catch up by asking for edges changed after the last event they saw.
        builder.HasIndex(e => e.ChangedByEventId);
        builder.HasOne(e => e.Job).WithMany().HasForeignKey(e => e.JobId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(e => e.Dataset).WithMany().HasForeignKey(e => e.DatasetId).OnDelete(DeleteBehavior.Cascade);
    }
}
