using Platform.Core.Context;
using Platform.Core.Repositories;

namespace Platform.Core.Hooks;

/// <summary>
/// Runs with an entity: before a delete (throw a <see cref="Errors.CoreError"/> to refuse it), or after
/// a save or delete has committed (a failure is logged; the change stands).
/// </summary>
/// <param name="entity">The entity (as stored before a delete, as written after a save or delete).</param>
/// <param name="context">Who acts.</param>
/// <param name="cancellationToken">Cancels the work.</param>
public delegate ValueTask EntityHook(EntityRecord entity, ISystemContext context, CancellationToken cancellationToken);
