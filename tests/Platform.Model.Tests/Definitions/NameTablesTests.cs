using Platform.Model.Definitions;
using Platform.Model.Rules;

namespace Platform.Model.Tests.Definitions;

public sealed class NameTablesTests
{
    [Fact]
    public void FieldTypes_EveryTypeRoundTrips()
    {
        foreach (var type in Enum.GetValues<FieldType>())
        {
            Assert.True(FieldTypes.TryParse(FieldTypes.NameOf(type), out var parsed));
            Assert.Equal(type, parsed);
        }

        Assert.Equal(["string", "integer", "number", "decimal", "boolean", "date", "enum", "ref", "ref[]", "json", "money", "geo.point", "geo.polygon", "geo.linestring"], FieldTypes.All);
        Assert.False(FieldTypes.TryParse("moneyy", out _));
    }

    [Fact]
    public void ValidatorKinds_EveryKindRoundTrips_AndAppliesSensibly()
    {
        foreach (var kind in Enum.GetValues<ValidatorKind>())
        {
            Assert.True(ValidatorKinds.TryParse(ValidatorKinds.NameOf(kind), out var parsed));
            Assert.Equal(kind, parsed);
        }

        Assert.True(ValidatorKinds.AppliesTo(ValidatorKind.Email, FieldType.String));
        Assert.False(ValidatorKinds.AppliesTo(ValidatorKind.Email, FieldType.Integer));
        Assert.True(ValidatorKinds.AppliesTo(ValidatorKind.Positive, FieldType.Money));
        Assert.False(ValidatorKinds.AppliesTo(ValidatorKind.Future, FieldType.String));
        Assert.True(ValidatorKinds.NeedsArgument(ValidatorKind.MinLength));
    }

    [Fact]
    public void RuleOps_EveryOperatorRoundTrips()
    {
        foreach (var op in Enum.GetValues<RuleOp>())
        {
            Assert.True(RuleOps.TryParse(RuleOps.NameOf(op), out var parsed));
            Assert.Equal(op, parsed);
        }
    }
}
