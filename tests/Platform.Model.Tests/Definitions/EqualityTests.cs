using Platform.Model.Definitions;
using Platform.Model.Rules;
using Platform.Model.StateMachines;
using Platform.Model.Values;

namespace Platform.Model.Tests.Definitions;

/// <summary>The generator caches on model equality: equal content must mean equal records.</summary>
public sealed class EqualityTests
{
    private static ModuleDefinition BuildModule(string fieldKey) => new("catalog", "1.0.0")
    {
        DependsOn = ["identity"],
        Entities =
        [
            new EntityDefinition("Item", "catalog")
            {
                IdPrefix = "item",
                Fields =
                [
                    new FieldDefinition(fieldKey, FieldType.String) { Required = true, Validators = [new ValidatorSpec(ValidatorKind.MaxLength, 200L)] },
                    new FieldDefinition("status", FieldType.Enum) { EnumValues = ["draft", "active"], Default = "draft" },
                    new FieldDefinition("categoryId", FieldType.Ref) { RefEntity = "Category" },
                ],
                Indexes = [new IndexDefinition(["status"]) { Where = "deletedAt IS NULL" }],
            },
        ],
        StateMachines =
        [
            new StateMachineDefinition("item-fsm", "Item", "draft",
            [
                new StateDefinition("draft")
                {
                    Transitions = [new TransitionDefinition("publish", "active") { Guard = new LeafRule("entity.name", RuleOp.Exists), Actions = [new AssignAction("publishedAt", "$now")] }],
                },
                new StateDefinition("active") { Entry = [new EmitAction("published", ValueMap.Of(("by", new ValueRef("actor.id"))))] },
            ]),
        ],
        Commands = [new OperationDefinition("importItems") { Input = [new FieldDefinition("url", FieldType.String)] }],
        Jobs = [new JobDefinition("reindex") { Cron = "0 3 * * *" }],
        DefaultConfig = ValueMap.Of(("pageSize", 50)),
    };

    [Fact]
    public void Module_BuiltTwiceFromTheSameContent_IsEqual()
    {
        Assert.Equal(BuildModule("name"), BuildModule("name"));
        Assert.Equal(BuildModule("name").GetHashCode(), BuildModule("name").GetHashCode());
    }

    [Fact]
    public void Module_WithOneFieldChanged_IsNotEqual() =>
        Assert.NotEqual(BuildModule("name"), BuildModule("title"));

    [Fact]
    public void Rules_CompareStructurally()
    {
        Assert.Equal(new AndRule([new LeafRule("a", RuleOp.In, new ValueList([1, 2]))]), new AndRule([new LeafRule("a", RuleOp.In, new ValueList([1L, 2L]))]));
        Assert.NotEqual(new OrRule([new RefRule("x")]), new OrRule([new RefRule("y")]));
    }

    [Fact]
    public void Lookups_FindByName()
    {
        var module = BuildModule("name");

        Assert.NotNull(module.FindEntity("Item")?.FindField("categoryId"));
        Assert.Null(module.FindEntity("item"));
        Assert.Equal("item", module.IdPrefixes["Item"]);
        Assert.Equal(["publish"], module.FindStateMachine("item-fsm")!.Events);
    }
}
