using Governance.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Web.Data.Configurations;

internal sealed class DatasetFieldConfiguration : IEntityTypeConfiguration<DatasetField>
{
    public void Configure(EntityTypeBuilder<DatasetField> builder)
    {
        builder.ToTable("dataset_fields");
        builder.Property(f => f.Path).HasMaxLength(2048);
        builder.Property(f => f.Name).HasMaxLength(1024);
        builder.Property(f => f.Type).HasMaxLength(1024);
        builder.HasIndex(f => new { f.DatasetVersionId, f.Ordinal }).IsUnique();
        builder.HasIndex(f => f.Name);
    }
}
