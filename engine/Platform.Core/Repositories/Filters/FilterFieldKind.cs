using System.Diagnostics.CodeAnalysis;

namespace Platform.Core.Repositories.Filters;

/// <summary>What a filtered value is, which decides the operators and how values compare (the GraphQL filter input per kind).</summary>
[SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "The members are the GraphQL filter inputs' names (StringFilter, IntFilter…).")]
public enum FilterFieldKind
{
    /// <summary>Text (StringFilter).</summary>
    String,

    /// <summary>32-bit integer (IntFilter).</summary>
    Int,

    /// <summary>64-bit integer: money amounts (LongFilter).</summary>
    Long,

    /// <summary>Double (FloatFilter).</summary>
    Float,

    /// <summary>Exact decimal (DecimalFilter).</summary>
    Decimal,

    /// <summary>Boolean (BooleanFilter).</summary>
    Boolean,

    /// <summary>Instant (DateTimeFilter).</summary>
    DateTime,

    /// <summary>One of an enum's stored values (the entity's enum filter).</summary>
    Enum,

    /// <summary>An entity id (IDFilter).</summary>
    Id,

    /// <summary>A list of entity ids (IDListFilter).</summary>
    IdList,

    /// <summary>Any JSON (JSONFilter).</summary>
    Json,

    /// <summary>Money: only <c>isNull</c> on the field itself; amount and currency are filtered as <c>price.amount</c> and <c>price.currency</c>.</summary>
    Money,

    /// <summary>A GeoJSON geometry (GeoFilter).</summary>
    Geo,
}
