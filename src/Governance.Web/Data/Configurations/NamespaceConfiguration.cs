using Governance.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Web.Data.Configurations;

internal sealed class NamespaceConfiguration : IEntityTypeConfiguration<NamespaceEntity>
{
    public void Configure(EntityTypeBuilder<NamespaceEntity> builder)
    {
        builder.ToTable("namespaces");
        builder.Property(n => n.Name).HasMaxLength(1024);
        builder.HasIndex(n => n.Name).IsUnique();
    }
}
