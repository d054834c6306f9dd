namespace Platform.Model.Definitions;

/// <summary>How an index is built.</summary>
public enum IndexMethod
{
    /// <summary>A B-tree (equality, ranges, sorting).</summary>
    BTree,

    /// <summary>A GIN index (jsonb containment, arrays, full text).</summary>
    Gin,
}
