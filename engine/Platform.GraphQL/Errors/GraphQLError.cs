namespace Platform.GraphQL.Errors;

/// <summary>
/// An error as a GraphQL response reports it (spec § 7.1.2 "Errors"): a message, the locations in
/// the document it concerns, the response path of the field it occurred on, and extensions
/// (<c>code</c> at least).
/// </summary>
/// <param name="Message">A description a developer can act on.</param>
public sealed record GraphQLError(string Message)
{
    /// <summary>Where in the document the error is; empty when it concerns no particular place.</summary>
    public IReadOnlyList<SourceLocation> Locations { get; init; } = [];

    /// <summary>The response path (field names and list indexes) of the field that failed, or null for request errors.</summary>
    public IReadOnlyList<object>? Path { get; init; }

    /// <summary>Extra information: <c>code</c> and, for validation failures, <c>failures</c>.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>The error's code, if it has one.</summary>
    public string? Code => Extensions is not null && Extensions.TryGetValue("code", out var code) ? code as string : null;

    /// <summary>The error in graphql-js's <c>toString</c> form: the message with its first location.</summary>
    public override string ToString() =>
        Locations.Count == 0 ? Message : $"{Message} ({Locations[0].Line}:{Locations[0].Column})";
}
