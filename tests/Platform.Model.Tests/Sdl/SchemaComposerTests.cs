using Platform.GraphQL.Types;
using Platform.Model.Checks;
using Platform.Model.Reading;
using Platform.Model.Sdl;
using Platform.Model.Tests.Checks;
using Platform.TestKit;

namespace Platform.Model.Tests.Sdl;

public sealed class SchemaComposerTests
{
    [Fact]
    public void The_base_schema_alone_builds_without_an_empty_mutation_type()
    {
        var schema = new SchemaBuilder().AddTypeDefinitions(SchemaComposer.Compose([])).Build();

        Assert.Null(schema.Mutation);
        Assert.NotNull(schema.Query!.Fields["modules"]);
        Assert.NotNull(schema.Subscription!.Fields["domainEvents"]);
    }

    [Fact]
    public void Cross_module_extensions_join_only_when_their_module_is_present()
    {
        var everything = ManifestCompiler.Compile(ManifestDirectory.Read(Path.Combine(RepositoryRoot.Path, "tests", "Platform.Model.Tests", "Manifests", "Everything"))).Module!;
        var catalog = CatalogModuleTests.Compile().Module!;

        var alone = new SchemaBuilder().AddTypeDefinitions(SchemaComposer.Compose([SdlEmitter.Emit(everything), SdlEmitter.Emit(catalog)])).Build();

        Assert.False(Assert.IsType<ObjectType>(alone.GetType("Order")).Fields.ContainsKey("customer"));
        Assert.NotNull(alone.Mutation!.Fields["createOrder"]);
        Assert.NotNull(alone.Mutation!.Fields["createItem"]);

        var identity = ManifestCompiler.Compile([new ManifestFile("module.yaml", "id: identity\nversion: 1.0.0\n"), new ManifestFile("actor.entity.yaml", "name: Actor\nfields:\n  email: string\n")]).Module!;
        var together = new SchemaBuilder().AddTypeDefinitions(SchemaComposer.Compose([SdlEmitter.Emit(identity), SdlEmitter.Emit(everything)])).Build();
        Assert.Equal("Actor", Assert.IsType<ObjectType>(together.GetType("Order")).Fields["customer"].Type.ToString());
    }
}
