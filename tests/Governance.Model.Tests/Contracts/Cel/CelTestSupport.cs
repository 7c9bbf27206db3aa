using System.Text.Json;
using Governance.Model.Contracts.Cel;

namespace Governance.Model.Tests.Contracts.Cel;

/// <summary>Parses and evaluates expressions against an optional JSON <c>message</c>.</summary>
internal static class CelTestSupport
{
    public const string Order = """
        {
          "orderId": "o-1",
          "total": 42.5,
          "quantity": 3,
          "status": "PAID",
          "customer": { "name": "Ada", "email": "ada@example.com", "address": { "city": "Paris" } },
          "items": [ { "sku": "A1", "qty": 2, "price": 10.0 }, { "sku": "B2", "qty": 1, "price": 22.5 } ],
          "tags": [ "priority", "gift" ],
          "coupon": null,
          "order-id": "x",
          "attributes": { "channel": "web" }
        }
        """;

    /// <summary>
    /// Default limits except the wall clock: timeouts are tested in <see cref="CelLimitTests"/>; elsewhere a
    /// loaded test machine must not turn JIT pauses into timeouts.
    /// </summary>
    public static CelLimits Relaxed { get; } = CelLimits.Default with { Timeout = TimeSpan.FromSeconds(30), RegexTimeout = TimeSpan.FromSeconds(10) };

    public static JsonElement Json(string json) => JsonSerializer.Deserialize<JsonElement>(json);

    public static CelActivation Message(string? json) =>
        json is null ? CelActivation.Empty : CelActivation.ForMessage(Json(json));

    public static CelResult Evaluate(string source, string? json = null, CelLimits? limits = null) =>
        CelProgram.Parse(source, limits ?? Relaxed).Evaluate(Message(json));

    /// <summary>The result as a CEL literal, e.g. <c>[1, 2]</c>, or <c>error: …</c>.</summary>
    public static string Show(string source, string? json = null) => Evaluate(source, json).ToString();

    public static CelValue Value(string source, string? json = null)
    {
        var result = Evaluate(source, json);
        Assert.True(result.IsSuccess, $"{source} failed: {result.Error}");
        return result.Value;
    }

    public static CelEvaluationError Error(string source, string? json = null, CelLimits? limits = null)
    {
        var result = Evaluate(source, json, limits);
        Assert.True(result.IsFailure, $"{source} evaluated to {result.Value} instead of failing");
        return result.Error;
    }

    /// <summary>The syntax tree, fully parenthesised.</summary>
    public static string Ast(string source) => CelProgram.Parse(source).Expression.ToString();
}
