using Platform.Core.Errors;
using Platform.Core.Repositories;
using Platform.Core.Rules;
using Platform.Model.Definitions;
using Platform.Model.Naming;

namespace Platform.Postgres.Repositories;

public sealed partial class EntityRepository
{
    /// <summary>Checks <see cref="QueryOptions.Include"/> before any SQL: references of this entity to entities of this module.</summary>
    private List<(FieldDefinition Field, EntityDefinition Target)> BindIncludes(IReadOnlyList<string> include)
    {
        var failures = new List<ValidationFailure>();
        var bound = new List<(FieldDefinition, EntityDefinition)>();
        foreach (var key in include.Distinct(StringComparer.Ordinal))
        {
            var field = _table.Entity.FindField(key);
            var target = field is null || !FieldTypes.IsReference(field.Type) || (ApiNames.RefModule(field) ?? _table.Module.Id) != _table.Module.Id
                ? null
                : _table.Module.FindEntity(ApiNames.RefEntityName(field));
            if (field is null || target is null || field.Sensitive)
            {
                failures.Add(new ValidationFailure($"include.{key}", $"'{key}' is not a reference of {_table.Entity.Name} to an entity of module {_table.Module.Id}; include one of: {string.Join(", ", _table.Entity.Fields.Where(f => FieldTypes.IsReference(f.Type) && ApiNames.RefModule(f) is null).Select(f => f.Key))}.", "unknownField"));
                continue;
            }

            bound.Add((field, target));
        }

        return failures.Count > 0 ? throw new ValidationError(failures) : bound;
    }

    /// <summary>Loads each included reference for the whole page in one statement per reference.</summary>
    private async Task<List<EntityRecord>> IncludeAsync(List<EntityRecord> rows, List<(FieldDefinition Field, EntityDefinition Target)> includes, CancellationToken cancellationToken)
    {
        if (includes.Count == 0 || rows.Count == 0)
        {
            return rows;
        }

        var included = rows.Select(_ => new Dictionary<string, object?>(StringComparer.Ordinal)).ToList();
        foreach (var (field, target) in includes)
        {
            var ids = rows.SelectMany(r => Ids(r[field.Key])).Distinct(StringComparer.Ordinal).ToList();
            var repository = new EntityRepository(_app, new EntityTable(_table.Module, target), _context, _transaction);
            var found = await repository.FindByIdsAsync(ids, cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < rows.Count; i++)
            {
                var value = rows[i][field.Key];
                included[i][field.Key] = field.Type == FieldType.Ref
                    ? value is string id ? found.GetValueOrDefault(id) : null
                    : Ids(value).Select(id => found.GetValueOrDefault(id)).OfType<EntityRecord>().ToList();
            }
        }

        return rows.Select((r, i) => r with { Included = included[i] }).ToList();
    }

    private static IEnumerable<string> Ids(object? value) => value switch
    {
        null => [],
        string id => [id],
        _ => RuleValues.AsList(value).OfType<string>(),
    };
}
