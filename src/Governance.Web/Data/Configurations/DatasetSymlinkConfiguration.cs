using Governance.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Web.Data.Configurations;

internal sealed class DatasetSymlinkConfiguration : IEntityTypeConfiguration<DatasetSymlink>
{
    public void Configure(EntityTypeBuilder<DatasetSymlink> builder)
    {
        builder.ToTable("dataset_symlinks");
        builder.Property(s => s.Namespace).HasMaxLength(1024);
        builder.Property(s => s.Name).HasMaxLength(1024);
        builder.HasIndex(s => new { s.Namespace, s.Name }).IsUnique();
        builder.HasOne(s => s.Dataset).WithMany().HasForeignKey(s => s.DatasetId).OnDelete(DeleteBehavior.Cascade);
    }
}
