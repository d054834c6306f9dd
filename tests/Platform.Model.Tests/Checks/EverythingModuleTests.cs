using Platform.GraphQL.Types;
using Platform.Model.Checks;
using Platform.Model.Definitions;
using Platform.Model.Reading;
using Platform.Model.Schema;
using Platform.Model.Sdl;
using Platform.TestKit;

namespace Platform.Model.Tests.Checks;

/// <summary>A module (JSON, YAML and YML manifests mixed) that uses every feature of the manifest language.</summary>
public sealed class EverythingModuleTests
{
    private static readonly string Folder = Path.Combine(RepositoryRoot.Path, "tests", "Platform.Model.Tests", "Manifests", "Everything");

    private static CompiledModule Compile() => ManifestCompiler.Compile(ManifestDirectory.Read(Folder, Folder));

    [Fact]
    public void Compiles_without_diagnostics_and_keeps_every_setting()
    {
        var compiled = Compile();
        Assert.Equal("", string.Join("\n", compiled.Diagnostics));
        var module = compiled.Module!;

        Assert.Equal(("shop", "2.1.0-beta.1", "shp_"), (module.Id, module.Version, module.TablePrefix));
        Assert.Equal(["identity"], module.DependsOn);
        var flag = Assert.Single(module.Commands);
        Assert.Equal(("flagOrder", "Order", "shop.order:review", 3), (flag.Name, flag.Returns, flag.Permission, flag.Input.Count));
        var expire = module.Jobs.Single(j => j.Name == "expireCarts");
        Assert.Equal(("*/15 * * * *", "Europe/Paris", 5, TimeSpan.FromMinutes(2)), (expire.Cron, expire.TimeZone, expire.Attempts, expire.Timeout));
        Assert.Equal(30L, module.DefaultConfig["cartTtlMinutes"]);

        var order = module.FindEntity("Order")!;
        Assert.Equal(("ord", "org", "order-lifecycle", "state"), (order.IdPrefix, order.RealtimeChannel, order.StateMachine, order.StatusField));
        Assert.Equal("A customer's order.\nIt moves through the order lifecycle.\n", order.Description);
        Assert.True(order.FindField("state")!.IsStateField);
        Assert.Equal(FieldType.Money, order.FindField("total")!.Type);
        Assert.Equal("voucherCode", order.FindField("couponCode")!.RenamedFrom);
        Assert.Equal("coupon-format", order.FindField("couponCode")!.Validators.Single().Name);

        var tag = module.FindEntity("Tag")!;
        Assert.Equal(("shp_labels", false, false, "Label"), (tag.Table, tag.SoftDelete, tag.Versioned, tag.RenamedFrom));

        var machine = module.FindStateMachine("order-lifecycle")!;
        Assert.Equal(["place", "cancel", "pay", "ship"], machine.Events);
        Assert.Equal(TimeSpan.FromDays(7), machine.FindState("cart")!.After.Single().Delay);
    }

    [Fact]
    public void Ddl_matches_snapshot() => Snapshot.Match(DdlRenderer.Script(SchemaEmitter.Emit(Compile().Module!)));

    [Fact]
    public void Sdl_matches_snapshot()
    {
        var sdl = SdlEmitter.Emit(Compile().Module!);
        Snapshot.Match(sdl.Text + "\n# Needs module identity:\n" + sdl.TextRequiring("identity"));
    }

    [Fact]
    public void Sdl_builds_with_the_base_schema_and_never_exposes_sensitive_fields()
    {
        var schema = new SchemaBuilder()
            .AddTypeDefinitions(BaseSdl.Text)
            .AddTypeDefinitions(SdlEmitter.Emit(Compile().Module!).Text)
            .Build();

        var order = Assert.IsType<ObjectType>(schema.GetType("Order"));
        Assert.False(order.Fields.ContainsKey("paymentToken"));
        Assert.False(order.Fields.ContainsKey("phone"));
        Assert.False(Assert.IsType<InputObjectType>(schema.GetType("OrderFilter")).Fields.ContainsKey("paymentToken"));
        Assert.True(Assert.IsType<InputObjectType>(schema.GetType("CreateOrderInput")).Fields.ContainsKey("paymentToken"));
        Assert.False(Assert.IsType<InputObjectType>(schema.GetType("OrderPatch")).Fields.ContainsKey("state"));
    }
}
