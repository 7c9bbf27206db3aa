using System.Text;

namespace Governance.Model.Contracts.Cel;

/// <summary>
/// Function dispatch: a fixed table of names, resolved by a switch. A call that names anything else,
/// e.g. <c>message.GetType()</c>, is an unknown-function error; no name ever reaches the host.
/// </summary>
internal static class CelFunctions
{
    public static CelValue Invoke(CelCallExpr call, CelValue? target, CelValue[] arguments, CelRuntime runtime)
    {
        switch (call.Function)
        {
            case "size":
                return (target, arguments.Length) switch
                {
                    (null, 1) => Size(arguments[0], call, target, arguments, runtime),
                    (not null, 0) => Size(target, call, target, arguments, runtime),
                    _ => NoOverload(call, target, arguments),
                };
            case "contains" or "startsWith" or "endsWith" or "matches":
                return CelStringFunctions.Invoke(call, target, arguments, runtime);
            case "int" or "uint" or "double" or "string" or "bool" or "bytes" or "dyn" or "type" or "timestamp" or "duration":
                return target is null && arguments.Length == 1
                    ? CelConversions.Convert(call, arguments[0], runtime)
                    : NoOverload(call, target, arguments);
        }

        if (CelTimeFunctions.TryInvoke(call, target, arguments, out var timeResult))
            return timeResult;
        if (CelFormatFunctions.TryInvoke(call, target, arguments, runtime, out var formatResult))
            return formatResult;
        return new CelError(CelErrorKind.UnknownFunction, $"unknown function '{call.Function}'", call.Position);
    }

    /// <summary><c>size</c> counts code points of strings, octets of bytes, elements of lists and entries of maps.</summary>
    private static CelValue Size(CelValue value, CelCallExpr call, CelValue? target, CelValue[] arguments, CelRuntime runtime)
    {
        switch (value)
        {
            case CelString s:
                runtime.Budget.Step(s.Value.Length);
                return new CelInt(CountCodePoints(s.Value));
            case CelBytes b:
                return new CelInt(b.Value.Length);
            case CelList l:
                return new CelInt(l.Count);
            case CelMap m:
                return new CelInt(m.Count);
            default:
                return NoOverload(call, target, arguments);
        }
    }

    private static long CountCodePoints(string text)
    {
        var count = 0L;
        foreach (var _ in text.EnumerateRunes())
        {
            count++;
        }

        return count;
    }

    /// <summary>E.g. <c>no matching overload for string.startsWith(int)</c> or <c>… for size(bool)</c>.</summary>
    public static CelError NoOverload(CelCallExpr call, CelValue? target, CelValue[] arguments)
    {
        var signature = new StringBuilder();
        if (target is not null)
            signature.Append(target.TypeName).Append('.');
        signature.Append(call.Function).Append('(').AppendJoin(", ", arguments.Select(a => a.TypeName)).Append(')');
        return new CelError(CelErrorKind.NoMatchingOverload, $"no matching overload for {signature}", call.Position);
    }
}
