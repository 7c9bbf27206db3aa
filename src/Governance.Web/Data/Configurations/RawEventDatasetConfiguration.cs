using Governance.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Web.Data.Configurations;

internal sealed class RawEventDatasetConfiguration : IEntityTypeConfiguration<RawEventDataset>
{
    public void Configure(EntityTypeBuilder<RawEventDataset> builder)
    {
        builder.ToTable("raw_event_datasets");
        builder.HasKey(l => new { l.RawEventId, l.DatasetId, l.Role });
        builder.Property(l => l.Role).HasConversion<string>().HasMaxLength(16);
        // A dataset page lists its newest events first.
        builder.HasIndex(l => new { l.DatasetId, l.RawEventId });
        builder.HasOne<RawEvent>().WithMany().HasForeignKey(l => l.RawEventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<DatasetEntity>().WithMany().HasForeignKey(l => l.DatasetId).OnDelete(DeleteBehavior.Cascade);
    }
}
