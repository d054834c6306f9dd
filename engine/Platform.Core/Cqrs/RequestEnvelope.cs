using Platform.Core.Context;

namespace Platform.Core.Cqrs;

/// <summary>A request on its way through the middleware pipeline.</summary>
/// <param name="Request">The request.</param>
/// <param name="Registration">The handler it will reach.</param>
/// <param name="Context">Who sends it.</param>
/// <param name="CancellationToken">Cancels the request.</param>
public sealed record RequestEnvelope(MediatorRequest Request, HandlerRegistration Registration, ISystemContext Context, CancellationToken CancellationToken);
