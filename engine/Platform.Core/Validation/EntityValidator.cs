using System.Globalization;
using System.Text.RegularExpressions;
using Platform.Core.Errors;
using Platform.Core.Primitives;
using Platform.Core.Rules;
using Platform.Model.Definitions;

namespace Platform.Core.Validation;

/// <summary>
/// Validates input against an entity definition (or a command's input fields) and returns
/// <b>every</b> failure at once, each with its field path: unknown and platform-owned fields,
/// required fields, type shapes, then validators. Database questions (<c>refExists</c>,
/// <c>unique</c>) go through <see cref="IValidationLookup"/>, one call per entity and field.
/// </summary>
public sealed partial class EntityValidator
{
    private static readonly HashSet<string> PlatformFields = new(StringComparer.Ordinal) { "id", "organizationId", "version", "createdAt", "updatedAt", "deletedAt" };

    private readonly IValidationLookup? _lookup;
    private readonly CustomValidatorRegistry _custom;
    private readonly TimeProvider _time;

    /// <summary>Creates a validator.</summary>
    /// <param name="lookup">Answers <c>refExists</c> and <c>unique</c>; required when a definition uses them.</param>
    /// <param name="custom">Named custom validators.</param>
    /// <param name="time">The clock for <c>future</c> and <c>past</c>.</param>
    public EntityValidator(IValidationLookup? lookup = null, CustomValidatorRegistry? custom = null, TimeProvider? time = null)
    {
        _lookup = lookup;
        _custom = custom ?? new CustomValidatorRegistry();
        _time = time ?? TimeProvider.System;
    }

    /// <summary>Validates input for <paramref name="entity"/>.</summary>
    public Task<IReadOnlyList<ValidationFailure>> ValidateAsync(EntityDefinition entity, IReadOnlyDictionary<string, object?> input, ValidationMode mode, ValidationScope scope, CancellationToken cancellationToken = default) =>
        ValidateAsync(entity.Name, entity.Fields, input, mode, scope, cancellationToken);

    /// <summary>Validates input against a list of fields (a command's input, or an entity's fields).</summary>
    public async Task<IReadOnlyList<ValidationFailure>> ValidateAsync(string owner, IReadOnlyList<FieldDefinition> fields, IReadOnlyDictionary<string, object?> input, ValidationMode mode, ValidationScope scope, CancellationToken cancellationToken = default)
    {
        var failures = new List<ValidationFailure>();
        var deferred = new List<Func<Task>>();
        foreach (var field in fields)
        {
            var present = input.TryGetValue(field.Key, out var value);
            if (field.IsStateField && present && mode != ValidationMode.Transition)
            {
                failures.Add(new ValidationFailure(field.Key, $"{field.Key} is driven by the state machine; fire an event instead of setting it.", "readOnly"));
                continue;
            }

            if (value is null)
            {
                if (field.Required && !field.IsStateField && (mode == ValidationMode.Create ? field.Default is null : present))
                {
                    failures.Add(new ValidationFailure(field.Key, mode == ValidationMode.Create ? $"{field.Key} is required." : $"{field.Key} is required and cannot be cleared.", "required"));
                }

                continue;
            }

            if (FieldTypeChecks.Check(field, field.Key, value, failures))
            {
                foreach (var validator in field.Validators)
                {
                    RunValidator(owner, field, validator, value, input, scope, failures, deferred, cancellationToken);
                }
            }
        }

        foreach (var key in input.Keys.Where(k => fields.All(f => f.Key != k)))
        {
            failures.Add(PlatformFields.Contains(key)
                ? new ValidationFailure(key, $"{key} is set by the platform and cannot be written.", "readOnly")
                : new ValidationFailure(key, $"{key} is not a field of {owner}. Fields: {string.Join(", ", fields.Select(f => f.Key))}.", "unknownField"));
        }

        foreach (var check in deferred)
        {
            await check().ConfigureAwait(false);
        }

        return failures;
    }

    /// <summary>Validates and throws a <see cref="ValidationError"/> carrying every failure.</summary>
    public async Task EnsureValidAsync(EntityDefinition entity, IReadOnlyDictionary<string, object?> input, ValidationMode mode, ValidationScope scope, CancellationToken cancellationToken = default)
    {
        var failures = await ValidateAsync(entity, input, mode, scope, cancellationToken).ConfigureAwait(false);
        if (failures.Count > 0)
        {
            throw new ValidationError(failures);
        }
    }

    private void RunValidator(string owner, FieldDefinition field, ValidatorSpec validator, object? value, IReadOnlyDictionary<string, object?> input, ValidationScope scope, List<ValidationFailure> failures, List<Func<Task>> deferred, CancellationToken cancellationToken)
    {
        var key = field.Key;
        var rule = ValidatorKinds.NameOf(validator.Kind);
        string? message = validator.Kind switch
        {
            ValidatorKind.MinLength when Length(value) < Bound(validator) => $"{key} must be at least {Bound(validator)} {Unit(field)} long.",
            ValidatorKind.MaxLength when Length(value) > Bound(validator) => $"{key} must be at most {Bound(validator)} {Unit(field)} long.",
            ValidatorKind.Min when Compare(value, validator.Argument) < 0 => $"{key} must be at least {Describe(validator.Argument)}.",
            ValidatorKind.Max when Compare(value, validator.Argument) > 0 => $"{key} must be at most {Describe(validator.Argument)}.",
            ValidatorKind.Pattern when !Matches(value, validator.Argument as string) => $"{key} does not match the required pattern.",
            ValidatorKind.Email when !(value is string e && e.Length <= 254 && EmailPattern().IsMatch(e)) => $"{key} must be an e-mail address.",
            ValidatorKind.Url when !(value is string u && Uri.TryCreate(u, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https") => $"{key} must be an absolute http or https URL.",
            ValidatorKind.Phone when !(value is string p && PhonePattern().IsMatch(p)) => $"{key} must be a phone number in international form, e.g. +4915112345678.",
            ValidatorKind.Future when RuleValues.TryDate(value, out var f) && f <= _time.GetUtcNow() => $"{key} must be in the future.",
            ValidatorKind.Past when RuleValues.TryDate(value, out var past) && past >= _time.GetUtcNow() => $"{key} must be in the past.",
            ValidatorKind.Positive when Sign(value) <= 0 => $"{key} must be greater than zero.",
            ValidatorKind.NonZero when Sign(value) == 0 => $"{key} must not be zero.",
            ValidatorKind.Custom => _custom.Get(validator.Name ?? throw new InvalidOperationException($"Field '{key}' of {owner} has a custom validator without a name."))(value, field, input),
            _ => null,
        };

        if (message is not null)
        {
            failures.Add(new ValidationFailure(key, validator.Message ?? message, rule));
        }

        if (validator.Kind == ValidatorKind.RefExists)
        {
            var lookup = RequireLookup(owner, field, rule);
            var ids = field.Type == FieldType.RefList ? RuleValues.AsList(value).OfType<string>().ToList() : [(string)value!];
            deferred.Add(async () =>
            {
                var existing = await lookup.FindExistingAsync(field.RefEntity!, ids, scope.OrgId, cancellationToken).ConfigureAwait(false);
                foreach (var missing in ids.Where(id => !existing.Contains(id)))
                {
                    failures.Add(new ValidationFailure(key, validator.Message ?? $"{key} refers to {field.RefEntity} '{missing}', which does not exist.", rule));
                }
            });
        }
        else if (validator.Kind == ValidatorKind.Unique)
        {
            var lookup = RequireLookup(owner, field, rule);
            deferred.Add(async () =>
            {
                if (!await lookup.IsUniqueAsync(owner, key, value, scope.EntityId, scope.OrgId, cancellationToken).ConfigureAwait(false))
                {
                    failures.Add(new ValidationFailure(key, validator.Message ?? $"Another {owner} already has this {key}; it must be unique.", rule));
                }
            });
        }
    }

    private IValidationLookup RequireLookup(string owner, FieldDefinition field, string rule) =>
        _lookup ?? throw new InvalidOperationException($"Field '{field.Key}' of {owner} uses '{rule}', which needs the database: construct the EntityValidator with an IValidationLookup.");

    private static long Bound(ValidatorSpec validator) => validator.Argument switch
    {
        long l => l,
        int i => i,
        double d => (long)d,
        _ => throw new InvalidOperationException($"Validator '{ValidatorKinds.NameOf(validator.Kind)}' needs a whole-number argument."),
    };

    private static long Length(object? value) => value switch
    {
        string s => new StringInfo(s).LengthInTextElements,
        _ when RuleValues.IsList(value) => RuleValues.AsList(value).LongCount(),
        _ => 0,
    };

    private static string Unit(FieldDefinition field) => field.Type == FieldType.RefList ? "items" : "characters";

    private static int Compare(object? value, object? bound) =>
        value is Money money ? RuleValues.CompareNumbers(money.Amount, bound ?? 0L) : RuleValues.Compare(NumberOf(value), bound) ?? 0;

    private static int Sign(object? value) => value is Money money ? Math.Sign(money.Amount) : RuleValues.Compare(NumberOf(value), 0L) ?? 0;

    // Decimals arrive string-serialized (GraphQL Decimal); money as {amount, currency} maps.
    private static object? NumberOf(object? value) => value switch
    {
        string s when decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var m) => m,
        IReadOnlyDictionary<string, object?> map when map.TryGetValue("amount", out var amount) => amount,
        _ => value,
    };

    private static string Describe(object? value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";

    private static bool Matches(object? value, string? pattern)
    {
        if (value is not string text || pattern is null)
        {
            return false;
        }

        try
        {
            return Regex.IsMatch(text, pattern, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^\+[1-9][0-9]{6,14}$", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();
}
