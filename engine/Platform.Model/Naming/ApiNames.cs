using Platform.Model.Definitions;

namespace Platform.Model.Naming;

/// <summary>How manifests name things in the GraphQL API (ARCHITECTURE.md § GraphQL API conventions).</summary>
public static class ApiNames
{
    /// <summary>The base fields every entity type has, with their GraphQL types.</summary>
    public static IReadOnlyList<(string Name, string Type)> BaseFields { get; } =
        [("id", "ID!"), ("organizationId", "ID!"), ("createdAt", "DateTime!"), ("updatedAt", "DateTime!"), ("deletedAt", "DateTime"), ("version", "Int!"), ("meta", "JSON!")];

    /// <summary>Field keys the platform reserves: base fields, <c>availableEvents</c>, and the filter combinators.</summary>
    public static IReadOnlyList<string> ReservedFieldKeys { get; } =
        ["id", "organizationId", "createdAt", "updatedAt", "deletedAt", "version", "meta", "availableEvents", "and", "or", "not"];

    /// <summary>The singular root field: <c>Item</c> → <c>item</c>.</summary>
    public static string ByIdField(EntityDefinition entity) => Names.ToCamelCase(entity.Name);

    /// <summary>The list root field: <c>Category</c> → <c>categories</c>.</summary>
    public static string ListField(EntityDefinition entity) => Names.ToCamelCase(PluralName(entity.Name));

    /// <summary>Pluralises the last word of a PascalCase name: <c>PriceList</c> → <c>PriceLists</c>.</summary>
    public static string PluralName(string pascal) => Names.Pluralize(pascal);

    /// <summary>The GraphQL enum type of an enum field: <c>Item.status</c> → <c>ItemStatus</c>.</summary>
    public static string EnumType(EntityDefinition entity, FieldDefinition field) => entity.Name + Names.ToPascalCase(field.Key);

    /// <summary>The GraphQL enum of a state machine's events: <c>ItemEvent</c>.</summary>
    public static string EventEnum(EntityDefinition entity) => entity.Name + "Event";

    /// <summary>
    /// The object field a reference adds beside its id field: <c>categoryId</c> → <c>category</c>,
    /// <c>tagIds</c> → <c>tags</c>; a key without the suffix (<c>parent</c>) keeps its name and the id
    /// field becomes <c>parentId</c>.
    /// </summary>
    public static string RefObjectField(FieldDefinition field)
    {
        var suffix = field.Type == FieldType.RefList ? "Ids" : "Id";
        return field.Key.Length > suffix.Length && field.Key.EndsWith(suffix, StringComparison.Ordinal)
            ? field.Key.Substring(0, field.Key.Length - suffix.Length) + (field.Type == FieldType.RefList ? "s" : "")
            : field.Key;
    }

    /// <summary>The id field of a reference in GraphQL: the key when it ends in Id/Ids, otherwise key + Id/Ids.</summary>
    public static string RefIdField(FieldDefinition field)
    {
        var suffix = field.Type == FieldType.RefList ? "Ids" : "Id";
        return field.Key.EndsWith(suffix, StringComparison.Ordinal) && field.Key.Length > suffix.Length ? field.Key : field.Key + suffix;
    }

    /// <summary>The name of the reverse connection a reference adds to its target: the <c>inverse</c> hint, or the plural of the source (<c>items</c>).</summary>
    public static string Inverse(EntityDefinition source, FieldDefinition field) => field.Inverse ?? ListField(source);

    /// <summary>The referenced entity's name without its module qualifier.</summary>
    public static string RefEntityName(FieldDefinition field)
    {
        var target = field.RefEntity ?? "";
        var dot = target.LastIndexOf('.');
        return dot < 0 ? target : target.Substring(dot + 1);
    }

    /// <summary>The module a reference points into, or null for the same module.</summary>
    public static string? RefModule(FieldDefinition field)
    {
        var target = field.RefEntity ?? "";
        var dot = target.LastIndexOf('.');
        return dot < 0 ? null : target.Substring(0, dot);
    }
}
