namespace Platform.Model.Sdl;

/// <summary>A field of a generated type, an input field, or (with an empty <see cref="Type"/>) an enum value.</summary>
/// <param name="Name">The GraphQL name.</param>
/// <param name="Type">The type reference (<c>[ItemEvent!]!</c>), empty for enum values.</param>
/// <param name="Arguments">The argument list without parentheses, or empty.</param>
/// <param name="Description">A description, or null.</param>
/// <param name="Origin">The manifest path that produced it (<c>entity:Item/field:price</c>), for diagnostics.</param>
public sealed record SdlField(string Name, string Type, string Arguments = "", string? Description = null, string? Origin = null);
