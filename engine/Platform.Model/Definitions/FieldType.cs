using System.Diagnostics.CodeAnalysis;

namespace Platform.Model.Definitions;

/// <summary>The field types of a manifest (ARCHITECTURE.md § Field types).</summary>
[SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "The members are the manifest's type names.")]
public enum FieldType
{
    /// <summary><c>string</c>: text.</summary>
    String,

    /// <summary><c>integer</c>: 32-bit integer.</summary>
    Integer,

    /// <summary><c>number</c>: double-precision float.</summary>
    Number,

    /// <summary><c>decimal</c>: exact decimal (numeric).</summary>
    Decimal,

    /// <summary><c>boolean</c>.</summary>
    Boolean,

    /// <summary><c>date</c>: an instant, stored as timestamptz.</summary>
    Date,

    /// <summary><c>enum</c>: one of the field's <see cref="FieldDefinition.EnumValues"/>.</summary>
    Enum,

    /// <summary><c>ref</c>: the id of an entity named by <see cref="FieldDefinition.RefEntity"/>.</summary>
    Ref,

    /// <summary><c>ref[]</c>: ids of entities named by <see cref="FieldDefinition.RefEntity"/>.</summary>
    RefList,

    /// <summary><c>json</c>: any JSON document.</summary>
    Json,

    /// <summary><c>money</c>: amount in minor units plus ISO 4217 currency.</summary>
    Money,

    /// <summary><c>geo.point</c>: a GeoJSON point.</summary>
    GeoPoint,

    /// <summary><c>geo.polygon</c>: a GeoJSON polygon.</summary>
    GeoPolygon,

    /// <summary><c>geo.linestring</c>: a GeoJSON line string.</summary>
    GeoLineString,
}
