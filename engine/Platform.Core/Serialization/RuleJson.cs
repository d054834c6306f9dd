using System.Text.Json;
using Platform.Model.Rules;

namespace Platform.Core.Serialization;

/// <summary>Rules as JSON text in the seed's shape: <c>{"field": "entity.total", "op": "gte", "value": 100}</c>, <c>{"and": [...]}</c>…</summary>
public static class RuleJson
{
    /// <summary>Reads a rule from JSON text.</summary>
    /// <exception cref="RuleFormatException">The JSON is not a rule, or not JSON; the message names the path.</exception>
    public static RuleExpr Parse(string json)
    {
        object? plain;
        try
        {
            plain = PlainJson.Parse(json);
        }
        catch (JsonException exception)
        {
            throw new RuleFormatException("$", $"not valid JSON ({exception.Message})");
        }

        return RuleExprFormat.FromPlain(plain);
    }

    /// <summary>Writes a rule as JSON text.</summary>
    public static string Serialize(RuleExpr rule) => PlainJson.Serialize(RuleExprFormat.ToPlain(rule));
}
