using Platform.Model.Definitions;

namespace Platform.Core.Validation;

/// <summary>A validator registered by module code under a name, used as <c>{custom: name}</c> in manifests.</summary>
/// <param name="value">The field's value (already type-checked).</param>
/// <param name="field">The field.</param>
/// <param name="input">The whole input, for cross-field checks.</param>
/// <returns>A message when the value is invalid, otherwise null.</returns>
public delegate string? CustomValidator(object? value, FieldDefinition field, IReadOnlyDictionary<string, object?> input);
