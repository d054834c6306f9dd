using System.Collections.Concurrent;

namespace Platform.Core.Validation;

/// <summary>Named custom validators, registered by modules at boot.</summary>
public sealed class CustomValidatorRegistry
{
    private readonly ConcurrentDictionary<string, CustomValidator> _validators = new(StringComparer.Ordinal);

    /// <summary>Registers <paramref name="validator"/> as <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">The name is taken.</exception>
    public void Register(string name, CustomValidator validator)
    {
        if (!_validators.TryAdd(name, validator))
        {
            throw new ArgumentException($"A custom validator named '{name}' is already registered.", nameof(name));
        }
    }

    /// <summary>The validator named <paramref name="name"/>.</summary>
    /// <exception cref="InvalidOperationException">None is registered under that name.</exception>
    public CustomValidator Get(string name) =>
        _validators.TryGetValue(name, out var validator)
            ? validator
            : throw new InvalidOperationException($"Custom validator '{name}' is not registered; register it in the module's boot before entities use it.");
}
