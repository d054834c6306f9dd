using System.Collections;
using Platform.GraphQL.Language.Syntax;

namespace Platform.GraphQL.Utilities;

/// <summary>Compares syntax trees by content, ignoring where they were in the source.</summary>
public static class SyntaxEquality
{
    /// <summary>Whether two trees have the same kinds, values and children.</summary>
    public static bool AreEqual(SyntaxNode? left, SyntaxNode? right)
    {
        if (left is null || right is null)
        {
            return left is null && right is null;
        }

        if (left.GetType() != right.GetType())
        {
            return false;
        }

        // Records: compare by value with locations stripped, then the child lists element-wise.
        foreach (var property in left.GetType().GetProperties())
        {
            if (property.Name is nameof(SyntaxNode.Location) or nameof(SyntaxNode.Kind) || property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            var a = property.GetValue(left);
            var b = property.GetValue(right);
            var equal = (a, b) switch
            {
                (SyntaxNode x, SyntaxNode y) => AreEqual(x, y),
                (IList x, IList y) => x.Count == y.Count && Enumerable.Range(0, x.Count).All(i => AreEqual(x[i] as SyntaxNode, y[i] as SyntaxNode)),
                _ => Equals(a, b),
            };
            if (!equal)
            {
                return false;
            }
        }

        return true;
    }
}
