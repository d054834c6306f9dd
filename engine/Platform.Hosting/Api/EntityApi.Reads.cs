using Platform.Core.Repositories;
using Platform.Core.Repositories.Filters;
using Platform.Core.StateMachines;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Types;
using Platform.Model.Definitions;
using FieldDefinition = Platform.Model.Definitions.FieldDefinition;
using Platform.Model.Naming;
using Platform.GraphQL.Language.Syntax;
using Platform.Postgres.Repositories;

namespace Platform.Hosting.Api;

/// <content>Reads: the object type's fields, references both ways, the by-id and list queries.</content>
internal sealed partial class EntityApi
{
    private void BindObjectFields(SchemaBuilder schema, Func<string, EntityBinding?> entities)
    {
        // Bound again for every schema the module is part of, while requests on the previous schema still
        // read ahead: new maps, published whole once filled.
        var references = new Dictionary<string, (string Key, EntityBinding Target)>(StringComparer.Ordinal);
        var reverse = new Dictionary<string, (EntityBinding Source, string RefField)>(StringComparer.Ordinal);
        schema.AddResolver(TypeName, "id", static c => ValueTask.FromResult<object?>(Record(c).Id));
        if (!Entity.TenantRoot)
        {
            schema.AddResolver(TypeName, "organizationId", static c => ValueTask.FromResult<object?>(Record(c).OrganizationId));
        }

        schema.AddResolver(TypeName, "createdAt", static c => ValueTask.FromResult<object?>(Record(c).CreatedAt));
        schema.AddResolver(TypeName, "updatedAt", static c => ValueTask.FromResult<object?>(Record(c).UpdatedAt));
        schema.AddResolver(TypeName, "deletedAt", static c => ValueTask.FromResult<object?>(Record(c).DeletedAt));
        schema.AddResolver(TypeName, "version", static c => ValueTask.FromResult<object?>(Record(c).Version));
        schema.AddResolver(TypeName, "meta", static c => ValueTask.FromResult<object?>(Record(c).Meta));

        foreach (var field in Entity.Fields.Where(f => !f.Sensitive))
        {
            var key = field.Key;
            schema.AddResolver(TypeName, EntityBinding.GraphQLName(field), c => ValueTask.FromResult(Record(c).Fields.GetValueOrDefault(key)));
            if (FieldTypes.IsReference(field.Type) && entities(Qualify(field)) is { } target)
            {
                if (field.Type == FieldType.Ref)
                {
                    references[ApiNames.RefObjectField(field)] = (key, target);
                }

                schema.AddResolver(TypeName, ApiNames.RefObjectField(field), field.Type == FieldType.Ref ? c => ReferenceAsync(c, key, target) : c => ReferencesAsync(c, key, target));
            }
        }

        foreach (var (source, reference) in _binding.Inverses)
        {
            var from = entities($"{_binding.Module.Id}.{source.Name}")!;
            reverse[ApiNames.Inverse(source, reference)] = (from, reference.Key);
            schema.AddResolver(TypeName, ApiNames.Inverse(source, reference), c => ReverseConnectionAsync(c, from, reference.Key));
        }

        if (_binding.Machine is { Events.Count: > 0 })
        {
            schema.AddResolver(TypeName, "availableEvents", AvailableEventsAsync);
        }

        _related = new RelatedFields(references, reverse);
    }

    private void BindQueries(SchemaBuilder schema)
    {
        schema.AddResolver("Query", ApiNames.ByIdField(Entity), ByIdAsync);
        schema.AddResolver("Query", ApiNames.ListField(Entity), ListAsync);
    }

    /// <summary><c>item(id)</c>: through the request's by-id loader, or, when the selection has references or reverse pages to read ahead, with them in one round trip.</summary>
    private async ValueTask<object?> ByIdAsync(ResolveFieldContext context)
    {
        var request = ApiRequest.Of(context, _api);
        await request.RequireAsync(_binding.ReadPermission).ConfigureAwait(false);
        var id = (string)context.Arguments["id"]!;
        var fields = FieldsRead(context, _binding);
        var ahead = await ReadAheadAsync(context, request, context.SelectedFields()).ConfigureAwait(false);
        if (ahead.Count == 0)
        {
            return await ById(context, request, _binding, fields).LoadAsync(id).ConfigureAwait(false);
        }

        var options = new QueryOptions { Limit = 1, Fields = fields, IncludeTotal = false };
        var page = await ReadWithAsync(request.Repository(_binding.Qualified), Filter.Where("id", FilterOperator.Eq, id), options, ahead, context.CancellationToken).ConfigureAwait(false);
        return page.Items.Count == 0 ? null : page.Items[0];
    }

    /// <summary>A page and, in its round trip, the rows read ahead for its children, primed into their loaders.</summary>
    private static async Task<PaginatedResult<EntityRecord>> ReadWithAsync(EntityRepository repository, Filter filter, QueryOptions options, List<(RelatedRows Rows, Action<PageWithRelated> Prime)> ahead, CancellationToken cancellationToken)
    {
        var read = await repository.FindManyAsync(filter, options, [.. ahead.Select(a => a.Rows)], cancellationToken).ConfigureAwait(false);
        foreach (var (_, prime) in ahead)
        {
            prime(read);
        }

        return read.Page;
    }

    private string Qualify(FieldDefinition reference) =>
        ApiNames.RefModule(reference) is { } module ? $"{module}.{ApiNames.RefEntityName(reference)}" : $"{_binding.Module.Id}.{ApiNames.RefEntityName(reference)}";

    /// <summary>
    /// The request's loader of <paramref name="entity"/> by id reading <paramref name="fields"/>: every by-id
    /// read of the request with the same selection joins one statement per round.
    /// </summary>
    private static BatchLoader<string, EntityRecord> ById(ResolveFieldContext context, ApiRequest request, EntityBinding entity, IReadOnlyCollection<string>? fields) =>
        context.GetBatchLoader<string, EntityRecord>(("byId", entity.Qualified, fields), (ids, ct) => request.Repository(entity.Qualified).FindByIdsAsync(ids, fields, ct));

    /// <summary>The fields of <paramref name="entity"/> the selection below this field reads (null: all), worked out once per request and field.</summary>
    /// <param name="context">The field whose value is the entity, or a connection of it (<paramref name="connection"/>).</param>
    /// <param name="entity">The entity.</param>
    /// <param name="connection">Whether the value is a connection (the entity's fields are under <c>nodes</c> and <c>edges.node</c>).</param>
    private static IReadOnlyCollection<string>? FieldsRead(ResolveFieldContext context, EntityBinding entity, bool connection = false) =>
        FieldsRead(context.Items, context.FieldNodes[0], context.SelectedFieldNames, entity, connection);

    /// <summary>The same for a field read ahead (see <see cref="ReadAheadAsync"/>): the same set its resolver will use.</summary>
    private static IReadOnlyCollection<string>? FieldsRead(SelectedField field, ResolveFieldContext context, EntityBinding entity, bool connection = false) =>
        FieldsRead(context.Items, field.Nodes[0], field.SelectedFieldNames, entity, connection);

    private static IReadOnlyCollection<string>? FieldsRead(RequestItems items, FieldNode node, SelectedNames names, EntityBinding entity, bool connection) =>
        items.GetOrAdd(("fieldsRead", node), () => new FieldsReadBox(entity.FieldsRead(connection
            ? names(["nodes"]).Concat(names(["edges", "node"]))
            : names([])))).Fields;

    private delegate IReadOnlySet<string> SelectedNames(params ReadOnlySpan<string> path);

    private async ValueTask<object?> ReferenceAsync(ResolveFieldContext context, string key, EntityBinding target)
    {
        if (Record(context).Fields.GetValueOrDefault(key) is not string id)
        {
            return null;
        }

        var request = ApiRequest.Of(context, _api);
        await request.RequireAsync(target.ReadPermission).ConfigureAwait(false);
        return await ById(context, request, target, FieldsRead(context, target)).LoadAsync(id).ConfigureAwait(false);
    }

    private async ValueTask<object?> ReferencesAsync(ResolveFieldContext context, string key, EntityBinding target)
    {
        if (Record(context).Fields.GetValueOrDefault(key) is not IEnumerable<object?> ids)
        {
            return Array.Empty<EntityRecord>();
        }

        var request = ApiRequest.Of(context, _api);
        await request.RequireAsync(target.ReadPermission).ConfigureAwait(false);
        var loader = ById(context, request, target, FieldsRead(context, target));
        var loaded = await Task.WhenAll(ids.OfType<string>().Select(loader.LoadAsync)).ConfigureAwait(false);
        return loaded.OfType<EntityRecord>().ToList(); // references to deleted entities drop out
    }

    private async ValueTask<object?> ListAsync(ResolveFieldContext context)
    {
        var request = ApiRequest.Of(context, _api);
        await request.RequireAsync(_binding.ReadPermission).ConfigureAwait(false);
        var page = PageArguments.From(context, _binding);
        var repository = request.Repository(_binding.Qualified);
        if (page.Limit == 0)
        {
            return Connection.Empty(async () => await repository.CountAsync(page.Filter, context.CancellationToken).ConfigureAwait(false));
        }

        var ahead = await ReadAheadAsync(context, request, context.SelectedFields("nodes").Concat(context.SelectedFields("edges", "node"))).ConfigureAwait(false);
        var result = await ReadWithAsync(repository, page.Filter, page.Options(context.Selects("totalCount"), FieldsRead(context, _binding, connection: true)), ahead, context.CancellationToken).ConfigureAwait(false);
        return new Connection(result.Items, result.HasNext, result.HasPrevious, result.CursorOf!, () => ValueTask.FromResult(result.Total ?? 0));
    }

    /// <summary>
    /// The references and first-page reverse connections (and their counts) among <paramref name="selection"/>
    /// (what the list's nodes, or the entity, select), to read in the page's round trip: each comes with the
    /// priming of the loader its resolver will ask (the same key, the same fields), so the children find their
    /// rows waiting. Fields the caller may not read, invalid arguments, regular expressions and cursor pages
    /// are left to their resolvers, which fail or read as they always do.
    /// </summary>
    private async ValueTask<List<(RelatedRows Rows, Action<PageWithRelated> Prime)>> ReadAheadAsync(ResolveFieldContext context, ApiRequest request, IEnumerable<SelectedField> selection)
    {
        var ahead = new List<(RelatedRows, Action<PageWithRelated>)>();
        var seen = new HashSet<FieldNode>(ReferenceEqualityComparer.Instance);
        var related = _related;
        foreach (var selected in selection)
        {
            if (!seen.Add(selected.Nodes[0]))
            {
                continue;
            }

            if (related.References.TryGetValue(selected.Field.Name, out var reference) && await request.AllowsAsync(reference.Target.ReadPermission).ConfigureAwait(false))
            {
                var fields = FieldsRead(selected, context, reference.Target);
                var loader = ById(context, request, reference.Target, fields);
                var rows = new ReferencedRows(reference.Key, request.Repository(reference.Target.Qualified), fields);
                ahead.Add((rows, read =>
                {
                    var found = read.Rows(rows);
                    foreach (var item in read.Page.Items)
                    {
                        if (item.Fields.GetValueOrDefault(reference.Key) is string id)
                        {
                            loader.Prime(id, found.GetValueOrDefault(id));
                        }
                    }
                }));
            }
            else if (related.Reverse.TryGetValue(selected.Field.Name, out var reverse) && ReadAheadPage(selected, reverse.Source) is { } page
                && await request.AllowsAsync(reverse.Source.ReadPermission).ConfigureAwait(false))
            {
                var fields = FieldsRead(selected, context, reverse.Source, connection: true);
                var repository = request.Repository(reverse.Source.Qualified);
                var loader = ReverseLoader(context, repository, reverse.RefField, selected.Nodes[0], page, fields);
                var rows = new ReferringRows(repository, reverse.RefField, page.Limit + 1, page.Filter, page.Sort, fields);
                ahead.Add((rows, read =>
                {
                    foreach (var (parent, children) in read.Rows(rows))
                    {
                        loader.Prime(parent, children);
                    }
                }));
                if (selected.SelectedFieldNames().Contains("totalCount"))
                {
                    var counter = ReverseCountLoader(context, repository, reverse.RefField, selected.Nodes[0], page.Filter);
                    var counts = new ReferringCounts(repository, reverse.RefField, page.Filter);
                    ahead.Add((counts, read =>
                    {
                        foreach (var (parent, count) in read.Counts(counts))
                        {
                            counter.Prime(parent, count);
                        }
                    }));
                }
            }
        }

        return ahead;
    }

    /// <summary>A reverse connection's page when it can be read ahead: valid arguments, no cursors, at least one row.</summary>
    private static PageArguments? ReadAheadPage(SelectedField field, EntityBinding source)
    {
        if (field.Arguments is not { } arguments)
        {
            return null;
        }

        try
        {
            var page = PageArguments.From(arguments, source);
            _ = Platform.Postgres.Queries.SelectCompiler.BindSort(source.Entity, page.Sort);
            // A regular expression may hit the statement timeout: in its own statement, only its field fails.
            return page.IsCursorPage || page.Limit == 0 || FilterBinder.Bind(page.Filter, source.Entity).Uses(FilterOperator.Matches) ? null : page;
        }
        catch (Platform.Core.Errors.CoreError)
        {
            return null; // its resolver reports it, at its own path
        }
    }

    /// <summary>
    /// <c>Category.items(…)</c>: the rows of <paramref name="source"/> whose <paramref name="refField"/> is
    /// the parent. Without cursors, one statement loads the first rows of every parent on the level
    /// (and one more counts them, when totalCount is asked for); with cursors or <c>last</c>, the
    /// parent's page is read on its own.
    /// </summary>
    private async ValueTask<object?> ReverseConnectionAsync(ResolveFieldContext context, EntityBinding source, string refField)
    {
        var request = ApiRequest.Of(context, _api);
        await request.RequireAsync(source.ReadPermission).ConfigureAwait(false);
        var parent = Record(context).Id;
        var page = PageArguments.From(context, source);
        var repository = request.Repository(source.Qualified);
        var node = context.FieldNodes[0]; // the same node means the same arguments: the batch key
        Func<ValueTask<long>> total = async () => await ReverseCountLoader(context, repository, refField, node, page.Filter).LoadAsync(parent).ConfigureAwait(false);

        if (page.IsCursorPage)
        {
            var own = page with { Filter = page.Filter.And(Filter.Where(refField, FilterOperator.Eq, parent)) };
            var result = await repository.FindManyAsync(own.Filter, own.Options(context.Selects("totalCount"), FieldsRead(context, source, connection: true)), context.CancellationToken).ConfigureAwait(false);
            return new Connection(result.Items, result.HasNext, result.HasPrevious, result.CursorOf!, () => ValueTask.FromResult(result.Total ?? 0));
        }

        if (page.Limit == 0)
        {
            return Connection.Empty(total);
        }

        var rows = await ReverseLoader(context, repository, refField, node, page, FieldsRead(context, source, connection: true)).LoadAsync(parent).ConfigureAwait(false) ?? [];
        return new Connection(rows.Take(page.Limit).ToList(), rows.Count > page.Limit, false, repository.CursorOf(page.Sort), total);
    }

    /// <summary>The request's loader of the first page of a reverse connection (one per field node: the same node has the same arguments) for every parent of a level.</summary>
    private static BatchLoader<string, IReadOnlyList<EntityRecord>> ReverseLoader(ResolveFieldContext context, EntityRepository repository, string refField, FieldNode node, PageArguments page, IReadOnlyCollection<string>? fields) =>
        context.GetBatchLoader<string, IReadOnlyList<EntityRecord>>(("reverse", node), (ids, ct) => repository.FindByParentsAsync(refField, ids, page.Limit + 1, page.Filter, page.Sort, fields, ct));

    /// <summary>The request's loader of a reverse connection's totalCount (one per field node) for every parent of a level.</summary>
    private static BatchLoader<string, long> ReverseCountLoader(ResolveFieldContext context, EntityRepository repository, string refField, FieldNode node, Filter filter) =>
        context.GetBatchLoader<string, long>(("reverseCount", node), (ids, ct) => repository.CountByParentsAsync(refField, ids, filter, ct));

    private async ValueTask<object?> AvailableEventsAsync(ResolveFieldContext context)
    {
        var record = Record(context);
        var request = ApiRequest.Of(context, _api);
        var machine = _binding.Machine!;
        if (record.Fields.GetValueOrDefault(machine.StatusField) is not string state)
        {
            return Array.Empty<string>();
        }

        var fsm = new FsmContext(record.ToContext(), request.Actor) { Version = record.Version };
        var available = new List<string>();
        foreach (var eventName in _api.Services.StateMachines.ValidEvents(machine.Id, state, fsm))
        {
            if (await request.AllowsAsync(_binding.EventPermission(eventName)).ConfigureAwait(false))
            {
                available.Add(eventName);
            }
        }

        return available;
    }
}

/// <summary>The entity type's fields that read other entities' rows, by GraphQL name.</summary>
/// <param name="References">Single references (<c>category</c>): the reference's key and the entity it points at.</param>
/// <param name="Reverse">Reverse connections (<c>variants</c>): the entity that holds the reference and its key.</param>
internal sealed record RelatedFields(
    IReadOnlyDictionary<string, (string Key, EntityBinding Target)> References,
    IReadOnlyDictionary<string, (EntityBinding Source, string RefField)> Reverse)
{
    public static RelatedFields None { get; } = new(new Dictionary<string, (string, EntityBinding)>(), new Dictionary<string, (EntityBinding, string)>());
}

/// <summary>A field set in a request's items (null: every field).</summary>
internal sealed record FieldsReadBox(IReadOnlyCollection<string>? Fields);
