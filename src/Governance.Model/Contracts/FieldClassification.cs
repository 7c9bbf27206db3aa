namespace Governance.Model.Contracts;

/// <summary>Sensitivity class of a field (ODCS <c>classification</c>).</summary>
public enum FieldClassification
{
    /// <summary><c>public</c>: no restriction.</summary>
    Public,

    /// <summary><c>confidential</c>: internal business data.</summary>
    Confidential,

    /// <summary><c>pii</c>: personally identifiable information.</summary>
    Pii,

    /// <summary><c>pci</c>: payment card data (PCI DSS scope).</summary>
    Pci,
}
