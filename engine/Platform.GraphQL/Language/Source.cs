namespace Platform.GraphQL.Language;

/// <summary>A GraphQL document's text and a name for messages.</summary>
/// <param name="Body">The text.</param>
/// <param name="Name">A name for error messages (a file name, or <c>GraphQL request</c>).</param>
public sealed record Source(string Body, string Name = "GraphQL request");
