using Platform.GraphQL.Language;
using Platform.GraphQL.Types.Scalars;

namespace Platform.GraphQL.Types;

/// <summary>The directives every schema has (spec § 3.13): @skip, @include, @deprecated, @specifiedBy, @oneOf.</summary>
public static class SpecifiedDirectives
{
    /// <summary>The default reason of <c>@deprecated</c>.</summary>
    public const string DefaultDeprecationReason = "No longer supported";

    /// <summary><c>@skip(if: Boolean!)</c>.</summary>
    public static DirectiveDefinition Skip { get; } = new("skip")
    {
        Description = "Directs the executor to skip this field or fragment when the `if` argument is true.",
        Locations = ["FIELD", "FRAGMENT_SPREAD", "INLINE_FRAGMENT"],
        Arguments = [new InputValueDefinition("if", new NonNullType(BuiltInScalars.Boolean)) { Description = "Skipped when true." }],
    };

    /// <summary><c>@include(if: Boolean!)</c>.</summary>
    public static DirectiveDefinition Include { get; } = new("include")
    {
        Description = "Directs the executor to include this field or fragment only when the `if` argument is true.",
        Locations = ["FIELD", "FRAGMENT_SPREAD", "INLINE_FRAGMENT"],
        Arguments = [new InputValueDefinition("if", new NonNullType(BuiltInScalars.Boolean)) { Description = "Included when true." }],
    };

    /// <summary><c>@deprecated(reason: String = "No longer supported")</c>.</summary>
    public static DirectiveDefinition Deprecated { get; } = new("deprecated")
    {
        Description = "Marks an element of a GraphQL schema as no longer supported.",
        Locations = ["FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INPUT_FIELD_DEFINITION", "ENUM_VALUE"],
        Arguments =
        [
            new InputValueDefinition("reason", BuiltInScalars.String)
            {
                Description = "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).",
                DefaultValue = Parser.ParseConstValue("\"No longer supported\""),
            },
        ],
    };

    /// <summary><c>@specifiedBy(url: String!)</c>.</summary>
    public static DirectiveDefinition SpecifiedBy { get; } = new("specifiedBy")
    {
        Description = "Exposes a URL that specifies the behavior of this scalar.",
        Locations = ["SCALAR"],
        Arguments = [new InputValueDefinition("url", new NonNullType(BuiltInScalars.String)) { Description = "The URL that specifies the behavior of this scalar." }],
    };

    /// <summary><c>@oneOf</c>.</summary>
    public static DirectiveDefinition OneOf { get; } = new("oneOf")
    {
        Description = "Indicates exactly one field must be supplied and this field must not be `null`.",
        Locations = ["INPUT_OBJECT"],
    };

    /// <summary>All of them.</summary>
    public static IReadOnlyList<DirectiveDefinition> All { get; } = [Include, Skip, Deprecated, SpecifiedBy, OneOf];
}
