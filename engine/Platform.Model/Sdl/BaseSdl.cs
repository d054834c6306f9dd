using System.Text.RegularExpressions;

namespace Platform.Model.Sdl;

/// <summary>
/// The platform's base SDL (ARCHITECTURE.md § GraphQL API conventions): scalars, PageInfo, filter
/// inputs, SortDirection, ChangeKind, DomainEvent, Money and the root types modules extend.
/// </summary>
public static class BaseSdl
{
    private static readonly Lazy<string> Source = new(() =>
    {
        using var stream = typeof(BaseSdl).Assembly.GetManifestResourceStream("Platform.Model.Sdl.platform.graphql")
            ?? throw new InvalidOperationException("The base SDL resource is missing from Platform.Model.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    private static readonly Lazy<IReadOnlyList<string>> Names = new(() =>
        Regex.Matches(Text, @"^(?:scalar|type|input|enum|interface|union)\s+([A-Za-z_][A-Za-z0-9_]*)", RegexOptions.Multiline)
            .Cast<Match>().Select(m => m.Groups[1].Value).ToList());

    /// <summary>The SDL text.</summary>
    public static string Text => Source.Value;

    /// <summary>The names of the types it defines; module types may not reuse them.</summary>
    public static IReadOnlyList<string> TypeNames => Names.Value;

    /// <summary>The root fields it defines on Query, Mutation and Subscription.</summary>
    public static IReadOnlyList<(string Type, string Field)> RootFields { get; } = [("Query", "modules"), ("Subscription", "domainEvents")];
}
