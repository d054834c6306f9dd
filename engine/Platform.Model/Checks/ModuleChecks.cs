using Platform.Model.Definitions;
using Platform.Model.Diagnostics;
using Platform.Model.Naming;
using Platform.Model.Reading;

namespace Platform.Model.Checks;

/// <summary>
/// The semantic checks of an assembled module: identity and dependencies, entities and fields,
/// state machines, and collisions in the generated SQL and GraphQL. Each problem is reported at
/// the manifest position that declared it, with a message that says how to fix it.
/// </summary>
internal sealed partial class ModuleChecks(ModuleDefinition module, ManifestLocations locations, List<ManifestDiagnostic> diagnostics, IReadOnlyCollection<ModuleDefinition>? otherModules)
{
    public void Run()
    {
        CheckModule();
        foreach (var entity in module.Entities)
        {
            CheckEntity(entity);
        }

        CheckStateMachines();

        // Collisions are only meaningful once the manifests are otherwise sound: a reserved or
        // invalid name would also collide, and one message per mistake is what helps.
        if (!diagnostics.Any(d => d.IsError))
        {
            CheckCollisions();
        }
    }

    private void Report(DiagnosticDescriptor descriptor, string path, string message) =>
        diagnostics.Add(new ManifestDiagnostic(descriptor, locations.Find(path), message));

    private void CheckModule()
    {
        if (module.Id.Length > 0 && !Names.IsModuleId(module.Id))
        {
            Report(DiagnosticCatalog.InvalidModuleIdentity, "module/id",
                $"Module id '{module.Id}' is not valid: use lower-case letters and digits, starting with a letter (e.g. 'catalog'); it becomes event types and permissions.");
        }

        if (module.Version.Length > 0 && !Names.IsSemVer(module.Version))
        {
            Report(DiagnosticCatalog.InvalidModuleIdentity, "module/version", $"Module version '{module.Version}' is not a semantic version; write MAJOR.MINOR.PATCH, e.g. '1.0.0'.");
        }

        if (module.TablePrefix is { } prefix && !Names.IsSqlName(prefix))
        {
            Report(DiagnosticCatalog.InvalidIdentifier, "module/tablePrefix", $"Table prefix '{prefix}' is not a SQL name; use lower-case letters, digits and '_', e.g. 'cat_'.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < module.DependsOn.Count; i++)
        {
            var dependency = module.DependsOn[i];
            if (dependency == module.Id)
            {
                Report(DiagnosticCatalog.InvalidDependency, $"module/dependsOn/{i}", $"Module '{module.Id}' depends on itself; remove '{dependency}' from dependsOn.");
            }
            else if (!seen.Add(dependency))
            {
                Report(DiagnosticCatalog.InvalidDependency, $"module/dependsOn/{i}", $"Module '{dependency}' is listed twice in dependsOn; remove one.");
            }
            else if (otherModules is not null && otherModules.All(m => m.Id != dependency))
            {
                var suggestion = Suggestions.Nearest(dependency, otherModules.Select(m => m.Id));
                Report(DiagnosticCatalog.InvalidDependency, $"module/dependsOn/{i}",
                    $"Module '{module.Id}' depends on '{dependency}', which does not exist.{(suggestion is null ? "" : $" Did you mean '{suggestion}'?")} Known modules: {string.Join(", ", otherModules.Select(m => m.Id))}.");
            }
        }

        CheckOperations(module.Commands, "commands");
        CheckOperations(module.Queries, "queries");
        foreach (var job in module.Jobs)
        {
            if (!Names.IsMemberName(job.Name))
            {
                Report(DiagnosticCatalog.InvalidIdentifier, $"module/jobs/{job.Name}", $"Job name '{job.Name}' is not valid: use camelCase letters and digits, e.g. 'reindexItems'.");
            }

            if (job.Cron is { } cron && !CronExpressions.IsValid(cron, out var why))
            {
                Report(DiagnosticCatalog.InvalidSchedule, $"module/jobs/{job.Name}/cron", $"The cron expression '{cron}' of job '{job.Name}' is not valid: {why} Write five fields: minute hour day-of-month month day-of-week, e.g. '0 3 * * *'.");
            }
        }
    }

    private void CheckOperations(IEnumerable<OperationDefinition> operations, string kind)
    {
        foreach (var operation in operations)
        {
            var path = $"module/{kind}/{operation.Name}";
            if (!Names.IsMemberName(operation.Name))
            {
                Report(DiagnosticCatalog.InvalidIdentifier, path, $"The name '{operation.Name}' is not valid: use camelCase letters and digits, e.g. 'publishItem'.");
            }

            if (operation.Returns is { } returns && ResolveEntity(returns) is null)
            {
                Report(DiagnosticCatalog.UnknownReference, path + "/returns", UnknownEntityMessage($"'{operation.Name}' returns", returns));
            }

            foreach (var field in operation.Input)
            {
                CheckFieldShape(null, field, $"{path}/field:{field.Key}");
            }
        }
    }
}
