using Newtonsoft.Json.Linq;
using NJsonSchema;
using Platform.Model.Reading;
using Platform.TestKit;
using YamlDotNet.RepresentationModel;

namespace Platform.Model.Tests.Reading;

/// <summary>The JSON Schemas in <c>schemas/</c>: every manifest in the repository satisfies its schema, and the schemas describe every property.</summary>
public sealed class JsonSchemaTests
{
    private static readonly string Schemas = Path.Combine(RepositoryRoot.Path, "schemas");

    public static TheoryData<string> Manifests => new(
        new[] { Path.Combine(RepositoryRoot.Path, "modules"), Path.Combine(RepositoryRoot.Path, "tests", "Platform.Model.Tests", "Manifests") }
            .SelectMany(root => Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
            .Where(f => ManifestKinds.Of(f) != ManifestKind.Unknown && !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(RepositoryRoot.Path, f))
            .Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Manifests))]
    public async Task Manifest_satisfies_its_json_schema(string path)
    {
        var errors = await Validate(ManifestKinds.Of(path), File.ReadAllText(Path.Combine(RepositoryRoot.Path, path)));

        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_misspelt_key_fails_the_schema_as_it_fails_the_reader()
    {
        var errors = await Validate(ManifestKind.Entity, "name: Item\nfields:\n  name: { type: string, requird: true }\n");

        Assert.Contains(errors, e => e.StartsWith("#/fields.name:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("module.schema.json")]
    [InlineData("entity.schema.json")]
    [InlineData("fsm.schema.json")]
    public void Every_property_is_described(string file)
    {
        var undocumented = new List<string>();
        void Walk(JToken token, string path)
        {
            if (token is JObject obj)
            {
                if (obj["properties"] is JObject properties)
                {
                    foreach (var property in properties.Properties())
                    {
                        var schema = (JObject)property.Value;
                        if (schema["description"] is null && schema["$ref"] is null)
                        {
                            undocumented.Add($"{path}/properties/{property.Name}");
                        }
                    }
                }

                foreach (var child in obj.Properties())
                {
                    Walk(child.Value, $"{path}/{child.Name}");
                }
            }
            else if (token is JArray array)
            {
                for (var i = 0; i < array.Count; i++)
                {
                    Walk(array[i], $"{path}/{i}");
                }
            }
        }

        Walk(JObject.Parse(File.ReadAllText(Path.Combine(Schemas, file))), "#");

        Assert.Empty(undocumented);
    }

    private static async Task<IReadOnlyList<string>> Validate(ManifestKind kind, string text)
    {
        var file = kind switch { ManifestKind.Module => "module.schema.json", ManifestKind.Entity => "entity.schema.json", _ => "fsm.schema.json" };
        var schema = await JsonSchema.FromFileAsync(Path.Combine(Schemas, file));
        var yaml = new YamlStream();
        yaml.Load(new StringReader(text));
        var json = PlainJson.Write(PlainScalars.ToPlain(yaml.Documents[0].RootNode));
        return schema.Validate(json).Select(e => $"{e.Path}: {e.Kind} {e.Property}").ToList();
    }
}
