using Governance.Simulator.Generation.Catalog;
using Governance.Simulator.Generation.Derivation;
using Governance.Simulator.Scenario;

namespace Governance.Simulator.Generation;

/// <summary>
/// Generates the platform of a retail company: a cloud Kafka cluster with Schema Registry and Connect,
/// one small cluster per store, and the applications moving data between them (the ground truth in
/// <see cref="PlatformScenario.Applications"/>). Consumer groups, ACLs, connectors and sample records are
/// derived from those applications, so every piece of evidence agrees with the ground truth, except for
/// the deliberate gaps listed in <see cref="EvidenceCases"/>.
/// Deterministic: the same options give a byte-identical <see cref="ScenarioJson.Write"/> output.
/// </summary>
public static class RetailScenarioGenerator
{
    // Room one more team may take, so the team loop stops before any exact target is exceeded.
    private const int TopicsPerTeamMax = 16;
    private const int GroupsPerTeamMax = 6;
    private const int SubjectsPerTeamMax = 30;

    public static PlatformScenario Generate(RetailScenarioOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var ctx = new GenerationContext(options);
        var data = new DataTopics(ctx);
        var apps = new AppFactory(ctx, data);
        var connect = new ConnectApps(ctx, apps);

        Clusters.Cloud(ctx, connect);
        for (var store = 1; store <= options.EffectiveStores; store++)
        {
            Clusters.Store(ctx, store, connect);
        }

        new RetailCatalog(ctx, data, apps, connect).Build();

        var teams = new Teams(ctx, data, apps, connect);
        teams.SeedSharedTopics();
        var profile = ctx.Profile;
        for (var i = 0; i < profile.Teams && !NearTargets(ctx, profile); i++)
        {
            teams.Add(i);
        }

        if (profile.TargetTopics is { } topics && profile.TargetGroups is { } groups && profile.TargetSubjects is { } subjects)
        {
            if (ctx.TopicCount > topics || ctx.GroupCount > groups || ctx.LiveSubjectCount > subjects)
            {
                throw new ArgumentOutOfRangeException(nameof(options), options.EffectiveStores,
                    $"Too many stores for the {options.Size} size: the stores alone exceed {topics} topics, {groups} groups or {subjects} subjects.");
            }

            var padding = new Padding(ctx, data, apps, teams);
            padding.ToGroups(groups);
            padding.ToSubjects(subjects);
            padding.ToTopics(topics);
        }

        GroupFactory.Derive(ctx);
        AclFactory.Derive(ctx);
        RecordFactory.Derive(ctx);
        return ctx.Scenario;
    }

    private static bool NearTargets(GenerationContext ctx, SizeProfile profile) =>
        ctx.TopicCount + TopicsPerTeamMax > profile.TargetTopics
        || ctx.GroupCount + GroupsPerTeamMax > profile.TargetGroups
        || ctx.LiveSubjectCount + SubjectsPerTeamMax > profile.TargetSubjects;
}
