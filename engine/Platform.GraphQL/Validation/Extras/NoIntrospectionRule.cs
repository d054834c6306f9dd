using Platform.GraphQL.Language.Syntax;

namespace Platform.GraphQL.Validation.Extras;

/// <summary>
/// Not a rule of the specification: a server that switches introspection off refuses documents that
/// ask for <c>__schema</c> or <c>__type</c> (<c>__typename</c> still answers).
/// </summary>
public sealed class NoIntrospectionRule : ValidationRule
{
    /// <summary>The specified rules plus this one.</summary>
    public static IReadOnlyList<Func<ValidationRule>> WithSpecifiedRules { get; } = [.. SpecifiedRules.All, () => new NoIntrospectionRule()];

    /// <inheritdoc />
    public override void Enter(SyntaxNode node, ValidationContext context)
    {
        if (node is FieldNode { Name.Value: "__schema" or "__type" } field)
        {
            context.Report($"Introspection is disabled on this server; \"{field.Name.Value}\" cannot be queried.", field);
        }
    }
}
