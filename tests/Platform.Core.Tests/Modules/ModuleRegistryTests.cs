using Platform.Core.Modules;
using Platform.Model.Definitions;
using Platform.Model.StateMachines;

namespace Platform.Core.Tests.Modules;

public sealed class ModuleRegistryTests
{
    private static ModuleDefinition Module(string id, params string[] dependsOn) => new(id, "1.0.0") { DependsOn = dependsOn };

    [Fact]
    public void BootOrder_SeedGraph_DependenciesFirstTiesById()
    {
        var order = BootOrder.Resolve(
        [
            Module("analytics", "identity", "catalog", "inventory", "ledger", "workflow", "scheduling", "notification", "geo"),
            Module("workflow", "identity"),
            Module("scheduling", "identity", "catalog"),
            Module("inventory", "catalog"),
            Module("notification", "identity"),
            Module("geo"),
            Module("ledger"),
            Module("catalog"),
            Module("identity"),
        ]);

        Assert.Equal(["catalog", "geo", "identity", "inventory", "ledger", "notification", "scheduling", "workflow", "analytics"], order.Select(m => m.Id));
    }

    [Fact]
    public void BootOrder_MissingDependencies_NameEveryModuleInvolved()
    {
        var error = Assert.Throws<ModuleDependencyException>(() => BootOrder.Resolve([Module("inventory", "catalog"), Module("workflow", "identity", "catalog")]));

        Assert.Equal("Missing module dependencies: 'inventory' depends on 'catalog', which is not loaded; 'workflow' depends on 'catalog', which is not loaded; 'workflow' depends on 'identity', which is not loaded. Add the missing modules or remove the dependencies.", error.Message);
        Assert.Equal(["inventory", "catalog", "workflow", "identity"], error.Modules);
    }

    [Fact]
    public void BootOrder_Cycle_IsSpelledOut()
    {
        var error = Assert.Throws<ModuleDependencyException>(() => BootOrder.Resolve([Module("a", "c"), Module("b", "a"), Module("c", "b"), Module("d")]));

        Assert.Contains("a → c → b → a", error.Message, StringComparison.Ordinal);
        Assert.Equal(["a", "c", "b"], error.Modules);
    }

    [Fact]
    public async Task Boot_RegistersEntitiesPrefixesAndMachines_ThenRunsModuleCode_InOrder()
    {
        var platform = new TestPlatform();
        var registry = new ModuleRegistry(platform.Services);
        var trail = new List<string>();
        var catalog = new ModuleDefinition("catalog", "1.0.0")
        {
            Entities = [new EntityDefinition("Item", "catalog") { IdPrefix = "item", Fields = [new FieldDefinition("status", FieldType.Enum) { EnumValues = ["draft"] }] }],
            StateMachines = [new StateMachineDefinition("item-fsm", "Item", "draft", [new StateDefinition("draft")])],
        };
        registry.Register(new RecordingModule(Module("inventory", "catalog"), trail));
        registry.Register(new RecordingModule(catalog, trail));

        await registry.BootAsync();

        Assert.Equal(["boot catalog (entities: 1)", "boot inventory (entities: 1)"], trail);
        Assert.Equal("item", platform.Services.Ids.Prefixes.PrefixOf("catalog.Item"));
        Assert.Equal("draft", platform.Services.StateMachines.Resolve("item-fsm").Initial);

        await registry.ShutdownAsync();

        Assert.Equal(["shutdown inventory", "shutdown catalog"], trail.Skip(2));
        Assert.Empty(platform.Services.Entities.GetAll());
        Assert.Null(platform.Services.Ids.Prefixes.PrefixOf("catalog.Item"));
    }

    [Fact]
    public async Task Boot_SelectedModules_BringTheirDependencies()
    {
        var registry = new ModuleRegistry(new TestPlatform().Services);
        var trail = new List<string>();
        registry.Register(new RecordingModule(Module("catalog"), trail));
        registry.Register(new RecordingModule(Module("inventory", "catalog"), trail));
        registry.Register(new RecordingModule(Module("geo"), trail));

        await registry.BootAsync(["inventory"]);

        Assert.Equal(["catalog", "inventory"], registry.Booted.Select(m => m.Definition.Id));
    }

    [Fact]
    public async Task Shutdown_AFailingModuleDoesNotStopTheOthers()
    {
        var registry = new ModuleRegistry(new TestPlatform().Services);
        var trail = new List<string>();
        registry.Register(new RecordingModule(Module("catalog"), trail));
        registry.Register(new RecordingModule(Module("inventory", "catalog"), trail, failOnShutdown: true));
        await registry.BootAsync();

        await registry.ShutdownAsync();

        Assert.Contains("shutdown catalog", trail);
        Assert.Empty(registry.Booted);
    }

    [Fact]
    public async Task Boot_WithMissingDependency_BootsNothing()
    {
        var registry = new ModuleRegistry(new TestPlatform().Services);
        var trail = new List<string>();
        registry.Register(new RecordingModule(Module("catalog"), trail));
        registry.Register(new RecordingModule(Module("inventory", "catalog", "warehouse"), trail));

        await Assert.ThrowsAsync<ModuleDependencyException>(() => registry.BootAsync());

        Assert.Empty(trail);
        Assert.Throws<ArgumentException>(() => registry.Register(new RecordingModule(Module("catalog"), trail)));
    }

    [Fact]
    public void EntityRegistry_ResolvesQualifiedAndUniqueBareNames()
    {
        var entities = new EntityRegistry();
        entities.Register(new EntityDefinition("Item", "catalog"));
        entities.Register(new EntityDefinition("Item", "inventory"));
        entities.Register(new EntityDefinition("Category", "catalog"));

        Assert.Equal("inventory", entities.Get("inventory.Item").Module);
        Assert.Equal("catalog", entities.Get("Category").Module);
        Assert.Contains("ambiguous", Assert.Throws<KeyNotFoundException>(() => entities.Get("Item")).Message, StringComparison.Ordinal);
        Assert.Throws<KeyNotFoundException>(() => entities.Get("Nope"));
        Assert.Throws<ArgumentException>(() => entities.Register(new EntityDefinition("Item", "catalog")));
    }

    private sealed class RecordingModule(ModuleDefinition definition, List<string> trail, bool failOnShutdown = false) : IModule
    {
        public ModuleDefinition Definition { get; } = definition;

        public Task BootAsync(BootRegistry registry, CancellationToken cancellationToken = default)
        {
            trail.Add($"boot {Definition.Id} (entities: {registry.Entities.GetAll().Count})");
            return Task.CompletedTask;
        }

        public Task ShutdownAsync(CancellationToken cancellationToken = default)
        {
            trail.Add($"shutdown {Definition.Id}");
            return failOnShutdown ? throw new InvalidOperationException("stuck") : Task.CompletedTask;
        }
    }
}
