using Platform.Core.Context;

namespace Platform.Core.Hooks;

/// <summary>Runs before a create or update is validated and written: may change <see cref="EntitySave.Input"/>, or throw a <see cref="Errors.CoreError"/> to refuse it (nothing is written).</summary>
/// <param name="save">The save.</param>
/// <param name="context">Who saves.</param>
/// <param name="cancellationToken">Cancels the work.</param>
public delegate ValueTask BeforeSaveHook(EntitySave save, ISystemContext context, CancellationToken cancellationToken);
