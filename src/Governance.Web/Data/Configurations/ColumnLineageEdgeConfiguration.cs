using Governance.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Web.Data.Configurations;

internal sealed class ColumnLineageEdgeConfiguration : IEntityTypeConfiguration<ColumnLineageEdge>
{
    public void Configure(EntityTypeBuilder<ColumnLineageEdge> builder)
    {
        builder.ToTable("column_lineage_edges");
        builder.Property(e => e.OutputField).HasMaxLength(2048);
        builder.Property(e => e.InputNamespace).HasMaxLength(1024);
        builder.Property(e => e.InputName).HasMaxLength(1024);
        builder.Property(e => e.InputField).HasMaxLength(2048);
        builder.Property(e => e.TransformationType).HasMaxLength(64);
        builder.Property(e => e.TransformationSubtype).HasMaxLength(64);
        // Upstream walks start from an output dataset; downstream walks from an input dataset's name.
        builder.HasIndex(e => new { e.OutputDatasetId, e.ValidTo });
        builder.HasIndex(e => new { e.InputNamespace, e.InputName, e.ValidTo });
        builder.HasOne(e => e.OutputDataset).WithMany().HasForeignKey(e => e.OutputDatasetId).OnDelete(DeleteBehavior.Cascade);
    }
}
