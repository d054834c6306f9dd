using Platform.Core.Primitives;
using Platform.Modules.Catalog;

namespace Platform.Postgres.Tests.Repositories;

/// <summary>The generated catalog records go into the repository with ToFields and come back with FromRecord, typed.</summary>
public sealed class GeneratedRecordTests(CatalogDatabase db) : IClassFixture<CatalogDatabase>
{
    [Fact]
    public async Task Typed_records_round_trip_through_the_repository()
    {
        var org = $"org_{Guid.NewGuid():N}"[..20];
        var category = Category.FromRecord(await db.Repository("Category", org).CreateAsync(new Category { Name = "Lamps", Slug = "lamps" }.ToFields()));
        var item = Item.FromRecord(await db.Repository("Item", org).CreateAsync(new Item { Name = "Desk lamp", Slug = "desk-lamp", CategoryId = category.Id }.ToFields()));
        var variant = Variant.FromRecord(await db.Repository("Variant", org).CreateAsync(new Variant { ItemId = item.Id, Sku = "LAMP-1" }.ToFields()));
        var list = PriceList.FromRecord(await db.Repository("PriceList", org).CreateAsync(new PriceList { Name = "Retail", ValidFrom = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero) }.ToFields()));
        var rule = PriceRule.FromRecord(await db.Repository("PriceRule", org).CreateAsync(new PriceRule { PriceListId = list.Id, VariantId = variant.Id, Price = new Money(1999, "EUR") }.ToFields()));

        Assert.Equal((ItemStatus.Draft, category.Id, 1), (item.Status, item.CategoryId, item.Version));
        Assert.StartsWith(Item.IdPrefix + "_", item.Id, StringComparison.Ordinal);
        Assert.Equal(System.Text.Json.JsonValueKind.Object, item.Attributes.ValueKind);
        Assert.Equal((CategoryStatus.Active, 0L), (category.Status, (long)category.SortOrder));
        Assert.True(variant.StockTracked);
        Assert.Equal((new Money(1999, "EUR"), 1), (rule.Price, rule.MinQty));
        Assert.Equal(("USD", new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)), (list.Currency, list.ValidFrom));
        Assert.Equal("draft", ItemStatus.Draft.ToValue());
        Assert.False(item.ToFields().ContainsKey(Item.FieldNames.Status));
    }
}
