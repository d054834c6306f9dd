using Platform.Core.Context;

namespace Platform.Core.Cqrs;

/// <summary>Handles a command or query; returns its result.</summary>
/// <param name="request">The request.</param>
/// <param name="context">Who sends it, and the platform's services scoped to them.</param>
/// <param name="cancellationToken">Cancels the work.</param>
public delegate Task<object?> RequestHandler(MediatorRequest request, ISystemContext context, CancellationToken cancellationToken);
