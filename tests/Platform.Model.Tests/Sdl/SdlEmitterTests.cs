using Platform.GraphQL.Types;
using Platform.Model.Sdl;
using Platform.Model.Tests.Checks;

namespace Platform.Model.Tests.Sdl;

public sealed class SdlEmitterTests
{
    [Fact]
    public void Base_and_catalog_sdl_build_into_a_valid_schema()
    {
        var module = CatalogModuleTests.Compile().Module!;

        var schema = new SchemaBuilder()
            .AddTypeDefinitions(BaseSdl.Text, "platform.graphql")
            .AddTypeDefinitions(SdlEmitter.Emit(module).Text, "catalog.graphql")
            .Build();

        var item = Assert.IsType<ObjectType>(schema.GetType("Item"));
        Assert.Equal("Category", item.Fields["category"].Type.ToString());
        Assert.Equal("[ItemEvent!]!", item.Fields["availableEvents"].Type.ToString());
        Assert.Equal("ItemConnection!", schema.Query!.Fields["items"].Type.ToString());
        Assert.Equal("ItemChange!", schema.Subscription!.Fields["itemChanged"].Type.ToString());
        Assert.Equal("Item!", schema.Mutation!.Fields["fireItemEvent"].Type.ToString());
    }

    [Fact]
    public void Create_inputs_and_patches_never_carry_base_or_state_machine_fields()
    {
        var sdl = SdlEmitter.Emit(CatalogModuleTests.Compile().Module!);

        foreach (var input in sdl.Types.Where(t => t.Name.StartsWith("Create", StringComparison.Ordinal) || t.Name.EndsWith("Patch", StringComparison.Ordinal)))
        {
            var names = input.Fields.Select(f => f.Name).ToList();
            Assert.DoesNotContain("id", names);
            Assert.DoesNotContain("organizationId", names);
            Assert.DoesNotContain("version", names);
            Assert.DoesNotContain("createdAt", names);
            Assert.DoesNotContain("deletedAt", names);
            if (input.Name.Contains("Item", StringComparison.Ordinal) && !input.Name.Contains("Duplicate", StringComparison.Ordinal))
            {
                Assert.DoesNotContain("status", names);
            }
        }
    }
}
