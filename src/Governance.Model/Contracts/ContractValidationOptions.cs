namespace Governance.Model.Contracts;

/// <summary>What <see cref="ContractValidator"/> may check against the platform.</summary>
public sealed record ContractValidationOptions
{
    /// <summary>No platform checks.</summary>
    public static ContractValidationOptions None { get; } = new();

    /// <summary>
    /// Answers whether a Schema Registry subject exists; when set, a contract naming an unknown subject is invalid.
    /// </summary>
    public Func<string, bool>? IsKnownSubject { get; init; }
}
