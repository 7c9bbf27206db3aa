namespace Governance.Model.Contracts;

/// <summary>Logical type of a field (ODCS <c>logicalType</c>).</summary>
public enum FieldLogicalType
{
    /// <summary><c>string</c>.</summary>
    String,

    /// <summary><c>date</c> (bounds are written as strings).</summary>
    Date,

    /// <summary><c>timestamp</c> (bounds are written as strings).</summary>
    Timestamp,

    /// <summary><c>time</c> (bounds are written as strings).</summary>
    Time,

    /// <summary><c>number</c>.</summary>
    Number,

    /// <summary><c>integer</c>.</summary>
    Integer,

    /// <summary><c>object</c>.</summary>
    Object,

    /// <summary><c>array</c>.</summary>
    Array,

    /// <summary><c>boolean</c>.</summary>
    Boolean,
}
