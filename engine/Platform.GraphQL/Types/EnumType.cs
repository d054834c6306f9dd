namespace Platform.GraphQL.Types;

/// <summary>An enum: a closed set of values, serialized by name.</summary>
/// <param name="name">The name.</param>
/// <param name="description">The description.</param>
public sealed class EnumType(string name, string? description = null) : NamedType(name, description)
{
    private Dictionary<object, EnumValueDefinition> _byValue = [];

    /// <summary>The values by name, in definition order.</summary>
    public IReadOnlyDictionary<string, EnumValueDefinition> Values { get; private set; } = new Dictionary<string, EnumValueDefinition>();

    /// <summary>The value definition whose internal value is <paramref name="value"/>, or null.</summary>
    public EnumValueDefinition? FindByValue(object value) => _byValue.GetValueOrDefault(value);

    internal void SetValues(IEnumerable<EnumValueDefinition> values)
    {
        var list = values.ToList();
        Values = list.ToDictionary(v => v.Name, StringComparer.Ordinal);
        _byValue = list.GroupBy(v => v.Value).ToDictionary(g => g.Key, g => g.First());
    }
}
