using System.Globalization;

namespace Governance.Model.Contracts;

/// <summary>Kind of a <see cref="ContractValue"/>.</summary>
public enum ContractValueKind
{
    /// <summary>A string.</summary>
    String,

    /// <summary>A number (held as <see cref="decimal"/>).</summary>
    Number,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>The null value.</summary>
    Null,
}

/// <summary>
/// A scalar written in a contract: a range bound (a number, or a string for dates and times) or an allowed value.
/// Numbers are kept as <see cref="decimal"/> so that <c>0.1</c> stays <c>0.1</c> through import and export.
/// </summary>
public sealed record ContractValue
{
    private ContractValue(ContractValueKind kind, string? text, decimal number, bool boolean)
    {
        Kind = kind;
        Text = text;
        Number = number;
        Boolean = boolean;
    }

    /// <summary>The null value.</summary>
    public static ContractValue Null { get; } = new(ContractValueKind.Null, null, 0, false);

    /// <summary>What the value is.</summary>
    public ContractValueKind Kind { get; }

    /// <summary>The string, when <see cref="Kind"/> is <see cref="ContractValueKind.String"/>.</summary>
    public string? Text { get; }

    /// <summary>The number, when <see cref="Kind"/> is <see cref="ContractValueKind.Number"/>.</summary>
    public decimal Number { get; }

    /// <summary>The boolean, when <see cref="Kind"/> is <see cref="ContractValueKind.Boolean"/>.</summary>
    public bool Boolean { get; }

    /// <summary>A string value.</summary>
    public static ContractValue Of(string text) => new(ContractValueKind.String, text ?? throw new ArgumentNullException(nameof(text)), 0, false);

    /// <summary>A number value.</summary>
    public static ContractValue Of(decimal number) => new(ContractValueKind.Number, null, number, false);

    /// <summary>A boolean value.</summary>
    public static ContractValue Of(bool boolean) => new(ContractValueKind.Boolean, null, 0, boolean);

    /// <summary>Implicit string value.</summary>
    public static implicit operator ContractValue(string text) => Of(text);

    /// <summary>Implicit number value.</summary>
    public static implicit operator ContractValue(decimal number) => Of(number);

    /// <summary>Implicit number value.</summary>
    public static implicit operator ContractValue(int number) => Of(number);

    /// <summary>The value as it reads in a contract: strings quoted, numbers in invariant culture.</summary>
    public override string ToString() => Kind switch
    {
        ContractValueKind.String => "'" + Text + "'",
        ContractValueKind.Number => Number.ToString(CultureInfo.InvariantCulture),
        ContractValueKind.Boolean => Boolean ? "true" : "false",
        _ => "null",
    };
}
