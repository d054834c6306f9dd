namespace Platform.GraphQL.Types;

/// <summary>Names the object type of a value resolved for an interface or union field.</summary>
/// <param name="value">The resolved value.</param>
/// <param name="schema">The schema.</param>
/// <returns>The object type's name, or null when unknown.</returns>
public delegate string? TypeResolver(object? value, Schema schema);
