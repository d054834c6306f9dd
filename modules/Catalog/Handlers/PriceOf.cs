using System.Globalization;
using Platform.Core.Context;
using Platform.Core.Cqrs;
using Platform.Core.Repositories;
using Platform.Core.Serialization;
using Platform.Model.Rules;

namespace Platform.Modules.Catalog;

/// <summary>
/// <c>catalog.priceOf</c>: the price of a variant for a quantity. Among the active price lists valid now,
/// each list's applicable rule is its highest tier (minQty) at or below the quantity whose conditions
/// hold for <c>{quantity, actor}</c>; the lowest unit price across lists wins. Null when none applies.
/// </summary>
internal static class PriceOf
{
    public static async Task<object?> HandleAsync(MediatorRequest request, ISystemContext context, CancellationToken cancellationToken)
    {
        var input = (IReadOnlyDictionary<string, object?>)((Query)request).Parameters!;
        var variantId = (string)input["variantId"]!;
        var quantity = input.GetValueOrDefault("quantity") is { } q ? Convert.ToInt32(q, CultureInfo.InvariantCulture) : 1;
        var now = context.Time.GetUtcNow();
        await context.Repo(Variant.EntityName).FindByIdOrFailAsync(variantId, cancellationToken).ConfigureAwait(false);

        var lists = (await context.Repo(PriceList.EntityName).FindAllAsync(Filter.Where(PriceList.FieldNames.Status, FilterOperator.Eq, "active"), cancellationToken).ConfigureAwait(false))
            .Select(PriceList.FromRecord)
            .Where(l => (l.ValidFrom is null || l.ValidFrom <= now) && (l.ValidTo is null || l.ValidTo >= now))
            .ToDictionary(l => l.Id, StringComparer.Ordinal);
        if (lists.Count == 0)
        {
            return null;
        }

        var rules = await context.Repo(PriceRule.EntityName).FindAllAsync(
            Filter.Where(PriceRule.FieldNames.VariantId, FilterOperator.Eq, variantId)
                .And(Filter.Where(PriceRule.FieldNames.PriceListId, FilterOperator.In, lists.Keys.ToList()))
                .And(Filter.Where(PriceRule.FieldNames.MinQty, FilterOperator.Lte, quantity)),
            cancellationToken).ConfigureAwait(false);
        var facts = new Dictionary<string, object?>
        {
            ["quantity"] = (long)quantity,
            ["actor"] = new Dictionary<string, object?> { ["id"] = context.Actor.Id, ["roles"] = context.Actor.Roles },
        };
        var best = rules.Select(PriceRule.FromRecord)
            .Where(r => Applies(r, context, facts))
            .GroupBy(r => r.PriceListId)
            .Select(g => g.OrderByDescending(r => r.MinQty).First())
            .OrderBy(r => r.Price.Amount)
            .FirstOrDefault();
        if (best is null)
        {
            return null;
        }

        return new Dictionary<string, object?>
        {
            ["variantId"] = variantId,
            ["quantity"] = quantity,
            ["priceListId"] = best.PriceListId,
            ["priceRuleId"] = best.Id,
            ["unitPrice"] = new Dictionary<string, object?> { ["amount"] = best.Price.Amount, ["currency"] = best.Price.Currency },
            ["total"] = new Dictionary<string, object?> { ["amount"] = checked(best.Price.Amount * quantity), ["currency"] = best.Price.Currency },
        };
    }

    private static bool Applies(PriceRule rule, ISystemContext context, Dictionary<string, object?> facts)
    {
        var conditions = PlainJson.FromElement(rule.Conditions);
        return conditions is IReadOnlyDictionary<string, object?> { Count: 0 } || context.Rules.Evaluate(RuleExprFormat.FromPlain(conditions), facts);
    }
}
