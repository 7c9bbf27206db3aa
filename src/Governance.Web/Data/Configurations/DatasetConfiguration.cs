using Governance.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Web.Data.Configurations;

internal sealed class DatasetConfiguration : IEntityTypeConfiguration<DatasetEntity>
{
    public void Configure(EntityTypeBuilder<DatasetEntity> builder)
    {
        builder.ToTable("datasets");
        builder.Property(d => d.Name).HasMaxLength(1024);
        builder.HasIndex(d => new { d.NamespaceId, d.Name }).IsUnique();
        builder.HasIndex(d => d.Name);
        builder.Property(d => d.Type).HasMaxLength(64);
        builder.Property(d => d.SourceName).HasMaxLength(1024);
        builder.HasOne(d => d.Namespace).WithMany().HasForeignKey(d => d.NamespaceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(d => d.Versions).WithOne(v => v.Dataset).HasForeignKey(v => v.DatasetId).OnDelete(DeleteBehavior.Cascade);
    }
}
