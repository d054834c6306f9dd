using Platform.Core.Modules;

namespace Platform.Modules.Catalog;

/// <summary>The catalog's code beside its manifests: the handlers of its command and query, and its hooks.</summary>
public sealed partial class CatalogModule
{
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822:Mark members as static", Justification = "Implements the generated descriptor's instance partial method.")]
    partial void OnBoot(BootRegistry registry)
    {
        var maxVariants = registry.Module.DefaultConfig.GetValueOrDefault("maxVariantsPerItem") is long max ? (int)max : 500;
        registry.HandleCommand("duplicateItem", DuplicateItem.HandleAsync);
        registry.HandleQuery("priceOf", PriceOf.HandleAsync);
        registry.Hooks.BeforeDelete(Category.EntityName, CatalogHooks.RefuseDeletingCategoryInUseAsync);
        registry.Hooks.BeforeSave(Variant.EntityName, (save, context, ct) => CatalogHooks.LimitVariantsAsync(save, context, maxVariants, ct));
    }
}
