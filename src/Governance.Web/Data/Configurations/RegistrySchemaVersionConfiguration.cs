using Governance.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Web.Data.Configurations;

internal sealed class RegistrySchemaVersionConfiguration : IEntityTypeConfiguration<RegistrySchemaVersion>
{
    public void Configure(EntityTypeBuilder<RegistrySchemaVersion> builder)
    {
        builder.ToTable("registry_schema_versions");
        builder.Property(v => v.Namespace).HasMaxLength(512);
        builder.Property(v => v.Subject).HasMaxLength(512);
        builder.Property(v => v.SchemaType).HasMaxLength(16);
        builder.HasIndex(v => new { v.Namespace, v.Subject, v.Version }).IsUnique();
    }
}
