namespace Platform.GraphQL.Tests.Conformance;

/// <summary>Reads the graphql-cats scenario files (copied from shared/conformance, Unlicense) into test cases.</summary>
public static class CatsScenarios
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "Conformance", "graphql-cats", "scenarios");

    /// <summary>Every test of every scenario whose <c>when</c> has <paramref name="action"/> (parse, validate, execute).</summary>
    public static IEnumerable<CatsCase> Load(string action) =>
        Directory.EnumerateFiles(Root, "*.yaml", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != "error-mapping.yaml")
            .OrderBy(f => f, StringComparer.Ordinal)
            .SelectMany(Read)
            .Where(c => c.When.ContainsKey(action));

    private static IEnumerable<CatsCase> Read(string file)
    {
        var root = (Dictionary<string, object?>)CatsYaml.Load(file)!;
        var typedRoot = (Dictionary<string, object?>)CatsYaml.Load(file, typed: true)!;
        var typedTests = ((List<object?>)typedRoot["tests"]!).Cast<Dictionary<string, object?>>().ToList();
        var index = 0;
        foreach (var test in ((List<object?>)root["tests"]!).Cast<Dictionary<string, object?>>())
        {
            var given = (Dictionary<string, object?>)test["given"]!;
            var typed = typedTests[index++];
            var typedGiven = (Dictionary<string, object?>)typed["given"]!;
            var background = root.GetValueOrDefault("background") as Dictionary<string, object?>;
            var typedBackground = typedRoot.GetValueOrDefault("background") as Dictionary<string, object?>;
            var schemaFile = given.GetValueOrDefault("schema-file") as string ?? background?.GetValueOrDefault("schema-file") as string;
            var schema = given.GetValueOrDefault("schema") as string ?? background?.GetValueOrDefault("schema") as string
                ?? (schemaFile is null ? null : File.ReadAllText(Path.Combine(Path.GetDirectoryName(file)!, schemaFile)));
            yield return new CatsCase(
                Path.GetRelativePath(Root, file),
                (string)root["scenario"]!,
                (string)test["name"]!,
                (string)given["query"]!,
                (Dictionary<string, object?>)typed["when"]!,
                test["then"])
            {
                Schema = schema,
                TestData = typedGiven.GetValueOrDefault("test-data") ?? typedBackground?.GetValueOrDefault("test-data"),
            };
        }
    }
}

/// <summary>One graphql-cats test.</summary>
/// <param name="File">The scenario file.</param>
/// <param name="Scenario">The scenario's name.</param>
/// <param name="Name">The test's name.</param>
/// <param name="Query">The document under test.</param>
/// <param name="When">The action (plain scalars typed per YAML's core schema).</param>
/// <param name="Then">The assertions: a map, or a list of maps.</param>
public sealed record CatsCase(string File, string Scenario, string Name, string Query, Dictionary<string, object?> When, object? Then)
{
    /// <summary>The SDL the test runs against, if any.</summary>
    public string? Schema { get; init; }

    /// <summary>The named values for execution tests (plain scalars typed per YAML's core schema).</summary>
    public object? TestData { get; init; }

    /// <summary>The assertion entries (each a map) in order.</summary>
    public IEnumerable<Dictionary<string, object?>> AssertionEntries => Then switch
    {
        Dictionary<string, object?> map => [map],
        List<object?> list => list.Cast<Dictionary<string, object?>>(),
        _ => [],
    };

    /// <summary>The assertions as a flat list of (key, value).</summary>
    public IEnumerable<(string Key, object? Value)> Assertions => Then switch
    {
        Dictionary<string, object?> map => map.Select(e => (e.Key, e.Value)),
        List<object?> list => list.Cast<Dictionary<string, object?>>().SelectMany(m => m.Select(e => (e.Key, e.Value))),
        _ => [],
    };

    /// <inheritdoc />
    public override string ToString() => $"{File}: {Name}";
}
