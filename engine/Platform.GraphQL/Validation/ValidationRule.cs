using Platform.GraphQL.Language.Syntax;

namespace Platform.GraphQL.Validation;

/// <summary>
/// A validation rule (spec § 5). A fresh instance validates one document; the validator calls
/// <see cref="Enter"/> and <see cref="Leave"/> for every node, after the type information has
/// been updated for it, and rules report through the context.
/// </summary>
public abstract class ValidationRule
{
    /// <summary>Called when the walk enters <paramref name="node"/>.</summary>
    public virtual void Enter(SyntaxNode node, ValidationContext context)
    {
    }

    /// <summary>Called when the walk leaves <paramref name="node"/>.</summary>
    public virtual void Leave(SyntaxNode node, ValidationContext context)
    {
    }
}
