using Governance.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Web.Data.Configurations;

internal sealed class RawEventConfiguration : IEntityTypeConfiguration<RawEvent>
{
    public void Configure(EntityTypeBuilder<RawEvent> builder)
    {
        builder.ToTable("raw_events");
        builder.Property(e => e.EventHash).HasMaxLength(64);
        builder.HasIndex(e => e.EventHash).IsUnique();
        builder.Property(e => e.EventKind).HasMaxLength(16);
        builder.Property(e => e.EventType).HasMaxLength(32);
        builder.Property(e => e.RunId).HasMaxLength(256);
        builder.Property(e => e.JobNamespace).HasMaxLength(1024);
        builder.Property(e => e.JobName).HasMaxLength(1024);
        builder.Property(e => e.Producer).HasMaxLength(2048);
        builder.HasIndex(e => e.ReceivedAt);
        builder.HasIndex(e => e.RunId);
        // A job's history (heartbeats, lag samples) is read newest first.
        builder.HasIndex(e => new { e.JobId, e.Id });
        builder.HasOne(e => e.Job).WithMany().HasForeignKey(e => e.JobId).OnDelete(DeleteBehavior.SetNull);
    }
}
