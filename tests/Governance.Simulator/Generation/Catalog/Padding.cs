using Governance.Simulator.Generation.Schemas;
using static Governance.Simulator.Generation.Schemas.F;

namespace Governance.Simulator.Generation.Catalog;

/// <summary>
/// Brings a generated platform to exact totals after the teams: extra consumers (groups), key subjects
/// for topics that had plain keys (subjects), and forgotten sandbox topics (topics). Each step adds to
/// one total only, so the three targets are reached independently.
/// </summary>
internal sealed class Padding(GenerationContext ctx, DataTopics data, AppFactory apps, Teams teams)
{
    private static readonly RecordSpec SandboxNote = Record("com.retail.sandbox", "Note", null,
        S("id", Semantic.Id),
        S("text", Semantic.Text),
        Ts("createdAt"));

    public void ToGroups(int target)
    {
        for (var n = 0; ctx.GroupCount < target; n++)
        {
            // A team's reporting consumer reading one or two topics somewhere on the platform.
            var team = Teams.Name(n % CountTeams());
            var name = n < CountTeams() ? $"{team}-reporting" : $"{team}-reporting-{n / CountTeams() + 1}";
            var reads = Enumerable.Range(0, 1 + ctx.Random.Next(2)).Select(_ => ctx.Pick(teams.SharedTopics)).ToList();
            apps.Microservice(ctx.Cloud, name, reads, [], n % 4 == 3 ? GroupMode.Empty : GroupMode.Active, instances: 1);
        }
    }

    public void ToSubjects(int target)
    {
        var candidates = teams.TeamTopics.Where(t => t.KeySchema is null && t.Role == TopicRole.Data).ToList();
        var next = 0;
        while (ctx.LiveSubjectCount < target)
        {
            if (next < candidates.Count)
            {
                data.AddStringKey(candidates[next++]);
                continue;
            }

            // Leftovers of topics deleted long ago: subjects without a topic.
            var n = ctx.LiveSubjectCount;
            data.Standalone($"archive.{Teams.Name(n % CountTeams())}.note-{n}.v0-value", SandboxNote, SchemaFormat.Avro,
                new SubjectOptions("team-platform", "archive"));
        }
    }

    public void ToTopics(int target)
    {
        for (var n = 0; ctx.TopicCount < target; n++)
        {
            var team = Teams.Name(n % CountTeams());
            var empty = n % 3 == 0;
            TopicFactory.Create(ctx, ctx.Cloud, $"sandbox.{team}.scratch-{n / CountTeams() + 1}", new TopicSpec
            {
                Partitions = 1 + ctx.Random.Next(3),
                EventsPerDay = empty ? 0 : 10 + ctx.Random.Next(500),
                RetentionDays = 7,
                Role = TopicRole.Sandbox,
                Domain = "sandbox",
                Owner = $"team-{team}",
                PlainJson = SandboxNote,
            });
        }
    }

    private int CountTeams() => Math.Max(1, teams.Count);
}
