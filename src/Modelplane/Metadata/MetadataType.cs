namespace Modelplane.Metadata;

/// <summary>The type tag stored with every metadata value.</summary>
public enum MetadataType
{
    /// <summary>A text value.</summary>
    String,

    /// <summary>A 64-bit integer.</summary>
    Integer,

    /// <summary>A double-precision number.</summary>
    Float,

    /// <summary>True or false.</summary>
    Bool,

    /// <summary>Any JSON document (objects, arrays, nested values).</summary>
    Json,

    /// <summary>An absolute URI, such as a link to a report.</summary>
    Uri,

    /// <summary>A size in bytes, shown in human units.</summary>
    StorageSize,
}
