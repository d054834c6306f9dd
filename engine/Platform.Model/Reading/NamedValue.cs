namespace Platform.Model.Reading;

/// <summary>A name and a string value, e.g. an entity and its id prefix.</summary>
public sealed record NamedValue(string Name, string Value);
