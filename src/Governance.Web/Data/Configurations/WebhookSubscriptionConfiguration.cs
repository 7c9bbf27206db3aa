using Governance.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Governance.Web.Data.Configurations;

internal sealed class WebhookSubscriptionConfiguration : IEntityTypeConfiguration<WebhookSubscription>
{
    public void Configure(EntityTypeBuilder<WebhookSubscription> builder)
    {
        builder.ToTable("webhook_subscriptions");
        builder.Property(s => s.Name).HasMaxLength(256);
        builder.Property(s => s.Url).HasMaxLength(2048);
        builder.Property(s => s.ProtectedSecret).HasMaxLength(4096);
        builder.Property(s => s.DatasetNamespace).HasMaxLength(512);
        builder.Property(s => s.Owner).HasMaxLength(256);
        builder.Property(s => s.CreatedBy).HasMaxLength(256);
    }
}
