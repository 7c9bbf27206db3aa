using System.Diagnostics;
using System.Text;
using Governance.Model.Contracts.Cel;
using static Governance.Model.Tests.Contracts.Cel.CelTestSupport;

namespace Governance.Model.Tests.Contracts.Cel;

/// <summary>The sandbox: every limit is enforced, and exceeding it is an error that nothing can absorb.</summary>
public class CelLimitTests
{
    private static string Repeat(string text, int count) => new StringBuilder().Insert(0, text, count).ToString();

    private static string ItemsJson(int count) =>
        "{\"items\": [" + string.Join(",", Enumerable.Range(0, count)) + "]}";

    [Fact]
    public void Deep_parenthesis_nesting_is_rejected_at_parse_time()
    {
        var source = Repeat("(", 200) + "1" + Repeat(")", 200);

        var error = Assert.Throws<CelParseException>(() => CelProgram.Parse(source));

        Assert.Equal("expression nesting exceeds the maximum depth of 128 at 1:129", error.Message);
    }

    [Fact]
    public void Hostile_nesting_cannot_exhaust_the_stack()
    {
        var limits = CelLimits.Default with { MaxSourceLength = 1_000_000 };

        foreach (var source in new[] { Repeat("(", 100_000), Repeat("[", 100_000), Repeat("!", 100_000) + "true", Repeat("-", 100_000) + "a", Repeat("a.", 100_000) + "b" })
        {
            var error = Assert.Throws<CelParseException>(() => CelProgram.Parse(source, limits));
            Assert.StartsWith("expression nesting exceeds the maximum depth of 128", error.Message);
        }
    }

    [Fact]
    public void Operator_chains_count_towards_the_depth()
    {
        Assert.Equal(101, CelProgram.Parse(string.Join(" && ", Enumerable.Repeat("true", 101))).Expression.Depth);
        Assert.True(CelProgram.Parse(string.Join(" || ", Enumerable.Repeat("false", 32)) + " || true").EvaluateCondition(CelActivation.Empty).IsTrue);
        Assert.Throws<CelParseException>(() => CelProgram.Parse(string.Join(" + ", Enumerable.Repeat("1", 200))));
    }

    [Fact]
    public void The_depth_limit_is_configurable()
    {
        var limits = CelLimits.Default with { MaxAstDepth = 4 };

        Assert.Equal("((1 + 2) + 3)", CelProgram.Parse("1 + 2 + 3", limits).Expression.ToString());
        var error = Assert.Throws<CelParseException>(() => CelProgram.Parse("1 + 2 + 3 + 4 + 5", limits));
        Assert.Equal("expression nesting exceeds the maximum depth of 4 at 1:15", error.Message);
    }

    [Fact]
    public void Overlong_source_is_rejected()
    {
        var error = Assert.Throws<CelParseException>(() => CelProgram.Parse(Repeat("a", 20_000)));

        Assert.Equal("expression is 20000 characters long; the limit is 16384 at 1:1", error.Message);
    }

    [Fact]
    public void Runaway_nested_loops_are_stopped_by_the_step_budget()
    {
        var error = Error("message.items.all(x, message.items.all(y, message.items.all(z, x + y + z >= 0)))", ItemsJson(300));

        Assert.Equal(CelErrorKind.LimitExceeded, error.Kind);
        Assert.Equal("evaluation exceeded the limit of 1000000 steps", error.Message);
    }

    // langdef.md "Macro Performance": "[0,1].all(x, [0,1].all(x, ... [0,1].all(x, 1/0)...))
    // takes exponential (in the size of the expression) time to evaluate".
    [Fact]
    public void The_specifications_exponential_macro_example_is_stopped()
    {
        var source = Repeat("[0,1].all(x, ", 30) + "1/0" + Repeat(")", 30);

        Assert.Equal(CelErrorKind.LimitExceeded, Error(source).Kind);
    }

    // langdef.md "Macro Performance": '["foo","bar"].map(x, [x+x,x+x]).map(x, [x+x,x+x])...' "is exponential in both time and space".
    [Fact]
    public void The_specifications_exponential_space_example_is_stopped()
    {
        var source = "[\"foo\",\"bar\"]" + Repeat(".map(x, [x+x,x+x])", 40);
        var watch = Stopwatch.StartNew();

        var result = Evaluate(source);

        Assert.Equal(CelErrorKind.LimitExceeded, result.Error?.Kind);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Shared_elements_count_in_full_towards_the_size_limit()
    {
        // Each level doubles the logical size while memory barely grows, because both halves are the same list.
        var source = "[[1, 2, 3]]" + Repeat(".map(x, x + x)", 20);

        Assert.Equal(CelErrorKind.LimitExceeded, Evaluate(source).Error?.Kind);
        Assert.Equal("[[1, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2, 3]]", Show("[[1, 2, 3]]" + Repeat(".map(x, x + x)", 2)));
    }

    [Fact]
    public void Huge_values_are_cut_short_in_messages_and_display()
    {
        var limits = Relaxed with { MaxCollectionSize = 1_000_000, MaxEvaluationSteps = 10_000_000 };
        var source = "[" + string.Join(", ", Enumerable.Repeat("'xxxxxxxxxx'", 5_000)) + "]";

        var display = CelProgram.Parse(source + " + " + source + " + " + source, limits with { MaxSourceLength = 1_000_000 }).Evaluate(CelActivation.Empty).ToString();
        var error = Error("{'a': 1}[" + source + "]", limits: limits with { MaxSourceLength = 1_000_000 });

        Assert.Equal(65_536 + 1, display.Length);
        Assert.EndsWith("…", display);
        Assert.True(error.Message.Length < 100, error.Message);
        Assert.StartsWith("no such key: [\"xxxxxxxxxx\", ", error.Message);
    }

    [Fact]
    public void A_limit_error_is_not_absorbed_by_logical_operators()
    {
        var runaway = "message.items.all(x, message.items.all(y, message.items.all(z, true)))";
        var limits = Relaxed with { MaxEvaluationSteps = 50_000 };

        Assert.Equal(CelErrorKind.LimitExceeded, Error($"{runaway} || true", ItemsJson(100), limits).Kind);
        Assert.Equal(CelErrorKind.LimitExceeded, Error($"{runaway} && false", ItemsJson(100), limits).Kind);
        Assert.Equal(CelErrorKind.LimitExceeded, Error($"[1].exists(x, {runaway})", ItemsJson(100), limits).Kind);
        Assert.Equal(CelErrorKind.LimitExceeded, Error($"[true, false].exists_one(b, b || {runaway})", ItemsJson(100), limits).Kind);
    }

    [Fact]
    public void Produced_strings_and_collections_are_bounded()
    {
        var limits = Relaxed with { MaxStringLength = 100, MaxCollectionSize = 10 };

        Assert.Equal("a string of 110 characters exceeds the limit of 100",
            Error(string.Join(" + ", Enumerable.Repeat("'aaaaaaaaaa'", 11)), limits: limits).Message);
        Assert.Equal("a collection of 12 elements exceeds the limit of 10",
            Error("[1, 2, 3, 4, 5, 6] + [1, 2, 3, 4, 5, 6]", limits: limits).Message);
        Assert.Equal(CelErrorKind.LimitExceeded, Error("[1,2,3,4,5,6,7,8,9,10,11]", limits: limits).Kind);
        Assert.Equal(CelErrorKind.LimitExceeded, Error("message.items.map(x, x)", ItemsJson(11), limits).Kind);
        Assert.Equal("[0, 1, 2]", Evaluate("message.items.map(x, x)", ItemsJson(3), limits).ToString());
    }

    [Fact]
    public void Evaluation_is_bounded_by_wall_clock_time()
    {
        var limits = CelLimits.Default with { MaxEvaluationSteps = long.MaxValue, Timeout = TimeSpan.FromMilliseconds(50) };
        var watch = Stopwatch.StartNew();

        var error = Error("message.items.all(x, message.items.all(y, message.items.all(z, true)))", ItemsJson(1_000), limits);

        Assert.Equal(CelErrorKind.Timeout, error.Kind);
        Assert.Equal("evaluation exceeded the time limit of 50 ms", error.Message);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Evaluation_stops_when_cancelled()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        var program = CelProgram.Parse("message.items.all(x, message.items.all(y, true))", Relaxed);

        var result = program.Evaluate(Message(ItemsJson(100)), cancellation.Token);

        Assert.Equal(CelErrorKind.Cancelled, result.Error?.Kind);
    }

    [Theory]
    [InlineData("^(a+)+$")]
    [InlineData("(x+x+)+y")]
    [InlineData("^(a|a?)+$")]
    [InlineData("(((a*)*)*)*b")]
    public void Catastrophic_backtracking_patterns_run_in_linear_time(string pattern)
    {
        var json = "{\"text\": \"" + Repeat("a", 50_000) + "x!\"}";
        var watch = Stopwatch.StartNew();

        var matched = Value($"message.text.matches('{pattern}')", json);

        Assert.Equal("false", matched.ToString());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    [Fact]
    public void A_slow_regular_expression_is_stopped_by_its_time_limit()
    {
        // Counted repetition makes a large automaton: linear, but slow over a long text.
        var limits = Relaxed with { RegexTimeout = TimeSpan.FromMilliseconds(1), MaxEvaluationSteps = long.MaxValue };
        var json = "{\"text\": \"" + Repeat("a", 200_000) + "!\"}";

        var error = Error("message.text.matches('(.*a){50}!')", json, limits);

        Assert.Equal(CelErrorKind.Timeout, error.Kind);
        Assert.StartsWith("matching \"(.*a){50}!\" exceeded the time limit of 1 ms", error.Message);
    }

    [Fact]
    public void Regular_expressions_are_bounded_in_length_and_cost()
    {
        Assert.Equal("a regular expression of 1025 characters exceeds the limit of 1024",
            Error($"'a'.matches('{Repeat("a", 1025)}')").Message);
        Assert.Equal(CelErrorKind.LimitExceeded,
            Error($"message.text.matches('{Repeat("[a-z]", 200)}')", "{\"text\": \"" + Repeat("a", 100_000) + "\"}").Kind);
    }

    [Fact]
    public void Deeply_nested_host_json_cannot_overflow_the_stack()
    {
        // Host JSON is not bounded by the syntax-tree depth; on a small stack, comparing or showing it must stop cleanly.
        var json = "{\"deep\": " + Repeat("[", 5_000) + Repeat("]", 5_000) + "}";
        var message = System.Text.Json.JsonSerializer.Deserialize<System.Text.Json.JsonElement>(
            json, new System.Text.Json.JsonSerializerOptions { MaxDepth = 10_000 });
        var activation = CelActivation.ForMessage(message);
        CelResult? equal = null;
        string? shown = null;

        var worker = new Thread(() =>
        {
            equal = CelProgram.Parse("message.deep == message.deep", Relaxed).Evaluate(activation);
            shown = CelProgram.Parse("message.deep", Relaxed).Evaluate(activation).ToString();
        }, maxStackSize: 256 * 1024);
        worker.Start();
        worker.Join();

        Assert.Equal("values are nested too deeply to compare", equal?.Error?.Message);
        Assert.StartsWith("[[[[", shown);
        Assert.InRange(shown!.Length, 100, 10_001);
    }

    [Fact]
    public void Limits_must_be_positive() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => CelProgram.Parse("1", CelLimits.Default with { MaxEvaluationSteps = 0 }));
}
