using Platform.GraphQL.Language.Syntax;

namespace Platform.GraphQL.Validation.Rules;

/// <summary>
/// "For each definition definition in the document: definition must be ExecutableDefinition (it must not be TypeSystemDefinitionOrExtension)."
/// https://spec.graphql.org/September2025/#sec-Executable-Definitions
/// </summary>
public sealed class ExecutableDefinitionsRule : ValidationRule
{
    /// <inheritdoc />
    public override void Enter(SyntaxNode node, ValidationContext context)
    {
        if (node is not DocumentNode document)
        {
            return;
        }

        foreach (var definition in document.Definitions.Where(d => d is not ExecutableDefinitionNode))
        {
            var name = definition switch
            {
                SchemaDefinitionNode or SchemaExtensionNode => "schema",
                DirectiveDefinitionNode d => $"\"{d.Name.Value}\"",
                TypeDefinitionNode or TypeExtensionNode => $"\"{Types.SchemaBuilder.DefinitionName(definition)}\"",
                _ => "unknown",
            };
            context.Report($"The {name} definition is not executable.", definition);
        }
    }
}
