using Platform.Model.Definitions;
using Platform.Model.Reading;

namespace Platform.Model.Tests.Reading;

public sealed class ManifestReaderTests
{
    [Fact]
    public void Yaml_and_json_with_the_same_content_read_to_equal_definitions()
    {
        var yaml = ManifestReader.Read(new ManifestFile("item.entity.yaml", "name: Item\nfields:\n  name: { type: string, required: true, validators: [{ maxLength: 20 }] }\n  price: money\n"));
        var json = ManifestReader.Read(new ManifestFile("item.entity.json", """{ "name": "Item", "fields": { "name": { "type": "string", "required": true, "validators": [{ "maxLength": 20 }] }, "price": "money" } }"""));

        Assert.Empty(yaml.Diagnostics);
        Assert.Empty(json.Diagnostics);
        Assert.Equal(yaml.Entity, json.Entity);
    }

    [Fact]
    public void Yaml_1_1_booleans_stay_strings_so_on_yes_and_no_mean_what_they_say()
    {
        var parsed = ManifestReader.Read(new ManifestFile("answer.entity.yaml", "name: Answer\nfields:\n  choice: { type: enum, values: [yes, no, on, off] }\n  flag: { type: boolean, default: true }\n  text: { type: string, default: \"true\" }\n"));

        var entity = parsed.Entity!;
        Assert.Equal(["yes", "no", "on", "off"], entity.FindField("choice")!.EnumValues);
        Assert.Equal(true, entity.FindField("flag")!.Default);
        Assert.Equal("true", entity.FindField("text")!.Default);
    }

    [Fact]
    public void The_fsm_key_on_is_read_as_the_transition_map()
    {
        var parsed = ManifestReader.Read(new ManifestFile("door.fsm.yaml", "id: door\nentity: Door\ninitial: closed\nstates:\n  closed: { on: { open: opened } }\n  opened: { on: { close: closed } }\n"));

        Assert.Empty(parsed.Diagnostics);
        Assert.Equal("opened", parsed.StateMachine!.FindState("closed")!.Transitions.Single().Target);
    }

    [Fact]
    public void Locations_point_at_the_declaring_node_with_one_based_line_and_column()
    {
        var parsed = ManifestReader.Read(new ManifestFile("m/item.entity.yaml", "name: Item\nfields:\n  price:\n    type: money\n"));

        var location = new ManifestLocations(parsed.Locations).Find("entity:Item/field:price/type")!;
        Assert.Equal(("m/item.entity.yaml", 4, 11), (location.Path, location.Line, location.Column));
        Assert.Equal(new ManifestLocations(parsed.Locations).Find("entity:Item/field:price"), new ManifestLocations(parsed.Locations).Find("entity:Item/field:price/validators/3"));
    }

    [Theory]
    [InlineData("module.yaml", ManifestKind.Module)]
    [InlineData("manifests/module.json", ManifestKind.Module)]
    [InlineData("a/price-list.entity.yml", ManifestKind.Entity)]
    [InlineData("order.fsm.json", ManifestKind.StateMachine)]
    [InlineData(".entity.yaml", ManifestKind.Unknown)]
    [InlineData("notes.yaml", ManifestKind.Unknown)]
    [InlineData("item.entity.txt", ManifestKind.Unknown)]
    public void Kinds_come_from_file_names(string path, ManifestKind kind) => Assert.Equal(kind, ManifestKinds.Of(path));

    [Theory]
    [InlineData("30s", 30)]
    [InlineData("15m", 900)]
    [InlineData("2h", 7200)]
    [InlineData("7d", 604800)]
    [InlineData("1w", 604800)]
    [InlineData("PT1H30M", 5400)]
    [InlineData("P1D", 86400)]
    public void Durations_parse(string text, int seconds)
    {
        Assert.True(Durations.TryParse(text, out var duration));
        Assert.Equal(TimeSpan.FromSeconds(seconds), duration);
    }

    [Theory]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("0s")]
    [InlineData("P")]
    [InlineData("PT")]
    [InlineData("-5m")]
    public void Bad_durations_do_not_parse(string text) => Assert.False(Durations.TryParse(text, out _));

    [Fact]
    public void Field_types_parse_in_every_spelling_of_the_table()
    {
        foreach (var name in FieldTypes.All)
        {
            var parsed = ManifestReader.Read(new ManifestFile("x.entity.yaml", $"name: X\nfields:\n  f: {{ type: \"{name}\" }}\n"));
            Assert.Equal(name, FieldTypes.NameOf(parsed.Entity!.Fields.Single().Type));
        }
    }
}
