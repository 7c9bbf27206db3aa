namespace Governance.Collector.Schemas;

/// <summary>Text helpers for error messages.</summary>
internal static class SchemaText
{
    private const int MaxQuoted = 80;

    /// <summary>Schema text cut to a length that fits in a message (the whole schema may be megabytes).</summary>
    public static string Abbreviate(string text)
    {
        var singleLine = string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return singleLine.Length <= MaxQuoted ? singleLine : singleLine[..(MaxQuoted - 3)] + "...";
    }
}
