using System.Security.Cryptography;
using System.Text;
using Governance.Model.Contracts;
using Governance.Model.Contracts.Compatibility;
using Governance.Model.Contracts.Odcs;
using Governance.Web.Data.Entities;
using Governance.Web.Tests.Infrastructure;

namespace Governance.Web.Tests.Contracts;

/// <summary>
/// Contracts in force for enforcement tests, stored as the contract store keeps them: a contract row
/// and an approved revision whose document is the contract's ODCS export.
/// </summary>
public static class ContractSeeds
{
    /// <summary>A contract for <paramref name="topic"/> with the subject <c>{topic}-value</c>.</summary>
    public static DataContract For(
        string topic, CompatibilityPolicy? policy = CompatibilityPolicy.Backward, IEnumerable<ContractField>? fields = null,
        IEnumerable<ConsumerLagObjective>? lag = null, TimeSpan? freshness = null, string? deadLetterTopic = null) => new()
    {
        Id = TestEvents.Unique("contract"),
        Name = $"{topic} contract",
        Version = "1.0.0",
        Status = ContractStatus.Active,
        Dataset = new ContractDataset { Name = topic, PhysicalName = topic, PhysicalType = "topic" },
        Team = new ContractTeam { Name = "team-orders" },
        SchemaReference = new ContractSchemaReference { Subject = $"{topic}-value" },
        Compatibility = policy,
        Fields = [.. fields ?? []],
        ServiceLevels = new ContractServiceLevels
        {
            ConsumerGroupLag = [.. lag ?? []],
            Freshness = freshness,
            DeadLetterTopicRequired = deadLetterTopic is not null,
            DeadLetterTopic = deadLetterTopic,
        },
    };

    /// <summary>Stores <paramref name="contract"/> as ACTIVE with an APPROVED current revision governing <paramref name="ns"/>.</summary>
    public static Task<ContractEntity> InsertAsync(GovernanceApp app, DataContract contract, string ns, string? reviewState = "APPROVED") =>
        app.QueryAsync(async db =>
        {
            var now = DateTime.UtcNow;
            var document = OdcsYaml.Export(contract);
            var entity = new ContractEntity
            {
                Key = contract.Id,
                Name = contract.Name ?? contract.Id,
                DatasetNamespace = ns,
                DatasetName = contract.Dataset!.TopicName,
                Subject = contract.SchemaReference?.Subject,
                Owner = contract.Owner,
                Status = "ACTIVE",
                CurrentRevision = 1,
                CreatedAt = now,
                UpdatedAt = now,
            };
            entity.Revisions.Add(new ContractRevision
            {
                Revision = 1,
                Version = contract.Version,
                Status = "ACTIVE",
                Document = document,
                DocumentHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document))),
                CreatedBy = "test",
                CreatedAt = now,
                Review = reviewState ?? "PENDING",
                ReviewedBy = "steward",
                ReviewedAt = now,
            });
            db.Contracts.Add(entity);
            await db.SaveChangesAsync();
            return entity;
        });

    /// <summary>A webhook subscription for every notification about <paramref name="ns"/> (never delivered: the URL is unreachable).</summary>
    public static Task<long> SubscribeAsync(GovernanceApp app, string ns) =>
        app.QueryAsync(async db =>
        {
            var subscription = new WebhookSubscription
            {
                Name = ns, Url = "http://127.0.0.1:9/unreachable", ProtectedSecret = "not-used", DatasetNamespace = ns,
                Enabled = true, CreatedBy = "test", CreatedAt = DateTime.UtcNow,
            };
            db.WebhookSubscriptions.Add(subscription);
            await db.SaveChangesAsync();
            return subscription.Id;
        });
}
