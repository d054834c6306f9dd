using Platform.Core.Context;
using Platform.Core.Errors;
using Platform.Core.Hooks;
using Platform.Core.Repositories;

namespace Platform.Modules.Catalog;

/// <summary>Rules of the catalog that joins its generated CRUD.</summary>
internal static class CatalogHooks
{
    /// <summary>A category that live items or child categories belong to cannot be deleted: they would point at nothing.</summary>
    public static async ValueTask RefuseDeletingCategoryInUseAsync(EntityRecord category, ISystemContext context, CancellationToken cancellationToken)
    {
        var items = await context.Repo(Item.EntityName).CountAsync(Filter.Where(Item.FieldNames.CategoryId, FilterOperator.Eq, category.Id), cancellationToken).ConfigureAwait(false);
        var children = await context.Repo(Category.EntityName).CountAsync(Filter.Where(Category.FieldNames.ParentId, FilterOperator.Eq, category.Id), cancellationToken).ConfigureAwait(false);
        if (items > 0 || children > 0)
        {
            throw new BusinessError($"Category '{category["name"]}' still has {items} item(s) and {children} child categor{(children == 1 ? "y" : "ies")}; move or delete them first.");
        }
    }

    /// <summary>An item has at most <paramref name="max"/> variants (the module's <c>maxVariantsPerItem</c>).</summary>
    public static async ValueTask LimitVariantsAsync(EntitySave save, ISystemContext context, int max, CancellationToken cancellationToken)
    {
        if (!save.IsCreate || save.Input.TryGetValue(Variant.FieldNames.ItemId, out var itemId) is false || itemId is not string id)
        {
            return;
        }

        var count = await context.Repo(Variant.EntityName).CountAsync(Filter.Where(Variant.FieldNames.ItemId, FilterOperator.Eq, id), cancellationToken).ConfigureAwait(false);
        if (count >= max)
        {
            throw new BusinessError($"Item '{id}' already has {count} variants; the catalog allows {max} per item.");
        }
    }
}
