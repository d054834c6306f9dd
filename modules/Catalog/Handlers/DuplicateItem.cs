using Platform.Core.Context;
using Platform.Core.Cqrs;
using Platform.Core.Repositories;

namespace Platform.Modules.Catalog;

/// <summary><c>catalog.duplicateItem</c>: copies an item and its variants as a new draft under a new slug (variant SKUs get the slug appended).</summary>
internal static class DuplicateItem
{
    public static async Task<object?> HandleAsync(MediatorRequest request, ISystemContext context, CancellationToken cancellationToken)
    {
        var input = (IReadOnlyDictionary<string, object?>)((Command)request).Payload!;
        var slug = (string)input["slug"]!;
        var source = Item.FromRecord(await context.Repo(Item.EntityName).FindByIdOrFailAsync((string)input["itemId"]!, cancellationToken).ConfigureAwait(false));
        var variants = await context.Repo(Variant.EntityName).FindAllAsync(Filter.Where(Variant.FieldNames.ItemId, FilterOperator.Eq, source.Id), cancellationToken).ConfigureAwait(false);

        // Through the mediator, so the caller needs the right to create items and variants, and the hooks run.
        var copy = await context.DispatchAsync<EntityRecord>("catalog.item.create", (source with { Slug = slug, PublishedAt = null }).ToFields(), cancellationToken: cancellationToken).ConfigureAwait(false);
        var created = new List<EntityRecord>();
        try
        {
            foreach (var variant in variants.Select(Variant.FromRecord).OrderBy(v => v.Sku, StringComparer.Ordinal))
            {
                var fields = (variant with { ItemId = copy.Id, Sku = $"{variant.Sku}-{slug}" }).ToFields();
                created.Add(await context.DispatchAsync<EntityRecord>("catalog.variant.create", fields, cancellationToken: cancellationToken).ConfigureAwait(false));
            }
        }
        catch
        {
            // No half copies: what was created is removed again and the failure (a taken SKU…) reaches the caller.
            foreach (var done in created)
            {
                await context.Repo(Variant.EntityName).HardDeleteAsync(done.Id, CancellationToken.None).ConfigureAwait(false);
            }

            await context.Repo(Item.EntityName).HardDeleteAsync(copy.Id, CancellationToken.None).ConfigureAwait(false);
            throw;
        }

        return copy;
    }
}
