using Platform.Core.Errors;
using Platform.Core.Validation;

namespace Platform.Core.Cqrs.Middleware;

/// <summary>Validates a payload against the handler's declared input fields; all failures at once, before the handler runs.</summary>
public sealed class ValidationMiddleware : IMediatorMiddleware
{
    private readonly EntityValidator _validator;

    /// <summary>Creates the middleware over <paramref name="validator"/>.</summary>
    public ValidationMiddleware(EntityValidator validator)
    {
        _validator = validator;
    }

    /// <inheritdoc />
    public async Task<object?> InvokeAsync(RequestEnvelope envelope, Func<Task<object?>> next)
    {
        if (envelope.Registration.Options.Input is { } fields)
        {
            var payload = envelope.Request switch
            {
                Command command => command.Payload,
                Query query => query.Parameters,
                _ => null,
            };

            if (payload is not IReadOnlyDictionary<string, object?> input)
            {
                throw new ValidationError("input", $"{envelope.Request.Type} expects an object with the fields {string.Join(", ", fields.Select(f => f.Key))}.", "type");
            }

            var scope = new ValidationScope(envelope.Context.Org.Id, envelope.Context.Actor.Id);
            var failures = await _validator.ValidateAsync(envelope.Request.Type, fields, input, ValidationMode.Create, scope, envelope.CancellationToken).ConfigureAwait(false);
            if (failures.Count > 0)
            {
                throw new ValidationError(failures);
            }
        }

        return await next().ConfigureAwait(false);
    }
}
