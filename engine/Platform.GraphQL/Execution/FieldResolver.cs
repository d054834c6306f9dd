namespace Platform.GraphQL.Execution;

/// <summary>Produces a field's value. Throwing (or returning a faulted task) makes a field error at the field's path.</summary>
/// <param name="context">The parent value, arguments and request.</param>
public delegate ValueTask<object?> FieldResolver(ResolveFieldContext context);

/// <summary>Produces the source event stream of a subscription root field (spec § 6.2.3 "CreateSourceEventStream").</summary>
/// <param name="context">The root value, arguments and request.</param>
public delegate ValueTask<IAsyncEnumerable<object?>> SubscriptionResolver(ResolveFieldContext context);
