using Governance.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Web.Data.Configurations;

internal sealed class RunStateTransitionConfiguration : IEntityTypeConfiguration<RunStateTransition>
{
    public void Configure(EntityTypeBuilder<RunStateTransition> builder)
    {
        builder.ToTable("run_states");
        builder.Property(s => s.State).HasMaxLength(32);
        builder.HasIndex(s => new { s.RunId, s.TransitionedAt });
    }
}
