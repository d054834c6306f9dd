namespace Platform.Model.Definitions;

/// <summary>A validator attached to a field.</summary>
/// <param name="Kind">Which validator.</param>
/// <param name="Argument">Its argument: a length or bound (number) or a pattern (string); null when it takes none.</param>
/// <param name="Message">A message replacing the built-in one.</param>
/// <param name="Name">For <see cref="ValidatorKind.Custom"/>: the name module code registered the validator under.</param>
/// <remarks>Invariant: <paramref name="Argument"/> is a plain value (see <see cref="Values.PlainValue"/>).</remarks>
public sealed record ValidatorSpec(ValidatorKind Kind, object? Argument = null, string? Message = null, string? Name = null);
