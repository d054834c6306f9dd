using Platform.TestKit;

namespace Platform.GraphQL.Tests.GraphqlJs;

/// <summary>Runs graphql-js 16 (npm <c>graphql</c>, pinned by package-lock.json) under Node for differential tests.</summary>
internal static class GraphqlJs
{
    private static readonly NodePackage Package = new(Path.Combine(RepositoryRoot.Path, "tests", "Platform.GraphQL.Tests", "GraphqlJs"), "graphql");

    public static Task<string> RunAsync(string mode, string? input = null) => Package.RunAsync(["graphqljs.mjs", mode], input);
}
