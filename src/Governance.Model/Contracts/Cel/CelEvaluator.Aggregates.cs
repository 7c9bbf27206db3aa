using System.Collections.Immutable;

namespace Governance.Model.Contracts.Cel;

/// <summary>Logical operators, aggregate literals and comprehension macros.</summary>
internal sealed partial class CelEvaluator
{
    /// <summary>
    /// Commutative <c>&amp;&amp;</c>: a false operand decides the result whichever side it is on, and
    /// an error or non-bool on the other side is then ignored (<c>error &amp;&amp; false == false</c>).
    /// </summary>
    private CelValue And(CelBinaryExpr binary)
    {
        var left = Evaluate(binary.Left);
        if (left is CelBool { Value: false })
            return CelBool.False;
        var right = Evaluate(binary.Right);
        if (right is CelBool { Value: false })
            return CelBool.False;
        return left is CelBool && right is CelBool ? CelBool.True : LogicalFailure("&&", left, right, binary.Position);
    }

    /// <summary>Commutative <c>||</c>: a true operand decides the result (<c>error || true == true</c>).</summary>
    private CelValue Or(CelBinaryExpr binary)
    {
        var left = Evaluate(binary.Left);
        if (left is CelBool { Value: true })
            return CelBool.True;
        var right = Evaluate(binary.Right);
        if (right is CelBool { Value: true })
            return CelBool.True;
        return left is CelBool && right is CelBool ? CelBool.False : LogicalFailure("||", left, right, binary.Position);
    }

    private static CelValue LogicalFailure(string symbol, CelValue left, CelValue right, CelPosition position) =>
        left is CelError ? left
        : right is CelError ? right
        : CelError.NoOverload(symbol, position, left, right);

    private CelValue BuildList(CelListExpr list)
    {
        runtime.EnsureCollectionSize(list.Elements.Length);
        var items = ImmutableArray.CreateBuilder<CelValue>(list.Elements.Length);
        foreach (var element in list.Elements)
        {
            var item = Evaluate(element);
            if (item is CelError)
                return item;
            items.Add(item);
        }

        var built = new CelArrayList(items.MoveToImmutable());
        runtime.CheckCollectionSize(built.Weight);
        return built;
    }

    private CelValue BuildMap(CelMapExpr map)
    {
        runtime.EnsureCollectionSize(map.Keys.Length);
        var result = new CelDictionaryMap();
        for (var i = 0; i < map.Keys.Length; i++)
        {
            var key = Evaluate(map.Keys[i]);
            if (key is CelError)
                return key;
            if (!CelKeys.IsKeyType(key))
                return new CelError(CelErrorKind.InvalidArgument, $"map keys must be int, uint, bool or string, not {key.TypeName}", map.Keys[i].Position);
            var value = Evaluate(map.Values[i]);
            if (value is CelError)
                return value;
            if (!result.TryAdd(key, value))
                return new CelError(CelErrorKind.InvalidArgument, $"duplicate map key {CelText.Describe(key)}", map.Keys[i].Position);
            runtime.CheckCollectionSize(result.Weight);
        }

        return result;
    }

    /// <summary>
    /// Macros iterate a list's elements or a map's keys (as cel-go does, also for <c>map</c> and
    /// <c>filter</c>). Every iteration costs a step, so nested macros cannot run away.
    /// </summary>
    private CelValue Comprehend(CelComprehensionExpr comprehension)
    {
        var range = Evaluate(comprehension.Range);
        if (range is CelError)
            return range;
        IEnumerable<CelValue>? items = range switch
        {
            CelList list => list.Items,
            CelMap map => map.Keys,
            _ => null,
        };
        if (items is null)
            return CelError.NoOverload(CelOperatorText.Name(comprehension.Macro) + "()", comprehension.Position, range);

        return comprehension.Macro switch
        {
            CelMacro.All => Quantify(comprehension, items, decisive: false),
            CelMacro.Exists => Quantify(comprehension, items, decisive: true),
            CelMacro.ExistsOne => ExistsOne(comprehension, items),
            _ => Project(comprehension, items),
        };
    }

    /// <summary>
    /// <c>all</c> (decisive value false) and <c>exists</c> (decisive value true) combine predicate results
    /// like <c>&amp;&amp;</c> and <c>||</c>: the decisive value wins over errors met before or after it.
    /// </summary>
    private CelValue Quantify(CelComprehensionExpr comprehension, IEnumerable<CelValue> items, bool decisive)
    {
        CelValue? failure = null;
        foreach (var item in items)
        {
            var outcome = EvaluateFor(comprehension, item, comprehension.Predicate!);
            if (outcome is CelBool b)
            {
                if (b.Value == decisive)
                    return b;
            }
            else
            {
                failure ??= outcome is CelError ? outcome : NotBool(comprehension, outcome);
            }
        }

        return failure ?? CelBool.Of(!decisive);
    }

    private CelValue ExistsOne(CelComprehensionExpr comprehension, IEnumerable<CelValue> items)
    {
        var matches = 0;
        foreach (var item in items)
        {
            var outcome = EvaluateFor(comprehension, item, comprehension.Predicate!);
            switch (outcome)
            {
                case CelBool { Value: true }:
                    matches++;
                    break;
                case CelBool:
                    break;
                case CelError:
                    return outcome;
                default:
                    return NotBool(comprehension, outcome);
            }
        }

        return CelBool.Of(matches == 1);
    }

    /// <summary><c>map</c> (optionally filtered first) and <c>filter</c>; any error fails the whole macro.</summary>
    private CelValue Project(CelComprehensionExpr comprehension, IEnumerable<CelValue> items)
    {
        var results = new List<CelValue>();
        var weight = 0L;
        foreach (var item in items)
        {
            if (comprehension.Predicate is not null)
            {
                var keep = EvaluateFor(comprehension, item, comprehension.Predicate);
                if (keep is CelError)
                    return keep;
                if (keep is not CelBool accepted)
                    return NotBool(comprehension, keep);
                if (!accepted.Value)
                    continue;
            }

            var result = comprehension.Transform is null ? item : EvaluateFor(comprehension, item, comprehension.Transform);
            if (result is CelError)
                return result;
            weight += result.Weight;
            runtime.CheckCollectionSize(weight);
            results.Add(result);
        }

        return CelList.Of(results);
    }

    private CelValue EvaluateFor(CelComprehensionExpr comprehension, CelValue item, CelExpr body)
    {
        runtime.Budget.Step();
        var outer = _scope;
        _scope = new Scope(comprehension.Variable, item, outer);
        try
        {
            return Evaluate(body);
        }
        finally
        {
            _scope = outer;
        }
    }

    private static CelError NotBool(CelComprehensionExpr comprehension, CelValue outcome) =>
        new(CelErrorKind.NoMatchingOverload,
            $"the predicate of {CelOperatorText.Name(comprehension.Macro)}() must evaluate to bool, not {outcome.TypeName}",
            comprehension.Position);
}
