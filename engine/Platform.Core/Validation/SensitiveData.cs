using Platform.Model.Definitions;

namespace Platform.Core.Validation;

/// <summary>Keeps sensitive field values out of logs (and, through the API layer, out of responses).</summary>
public static class SensitiveData
{
    /// <summary>The text that replaces a sensitive value.</summary>
    public const string Mask = "[REDACTED]";

    /// <summary>A copy of <paramref name="values"/> with every sensitive field of <paramref name="entity"/> masked.</summary>
    public static IReadOnlyDictionary<string, object?> Redact(EntityDefinition entity, IReadOnlyDictionary<string, object?> values) =>
        Redact(entity.Fields, values);

    /// <summary>A copy of <paramref name="values"/> with every sensitive field masked.</summary>
    public static IReadOnlyDictionary<string, object?> Redact(IEnumerable<FieldDefinition> fields, IReadOnlyDictionary<string, object?> values)
    {
        var sensitive = fields.Where(f => f.Sensitive).Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
        return values.ToDictionary(v => v.Key, v => sensitive.Contains(v.Key) && v.Value is not null ? Mask : v.Value, StringComparer.Ordinal);
    }
}
