namespace Platform.Model.Diagnostics;

/// <summary>A position in a manifest file.</summary>
/// <param name="Path">The file's path as given to the reader.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Offset">0-based character offset from the start of the file.</param>
/// <param name="Length">The length of the marked text in characters (0 when unknown).</param>
public sealed record SourceLocation(string Path, int Line, int Column, int Offset = 0, int Length = 0)
{
    /// <summary>The compiler-style rendering, <c>path(line,col)</c>.</summary>
    public override string ToString() => $"{Path}({Line},{Column})";
}
