using Platform.Model.Definitions;
using Platform.Model.Naming;
using Platform.Model.Schema;

namespace Platform.Model.Tests.Naming;

public sealed class NamesTests
{
    [Theory]
    [InlineData("categoryId", "category_id")]
    [InlineData("PriceList", "price_list")]
    [InlineData("HTTPCode", "http_code")]
    [InlineData("sku", "sku")]
    [InlineData("address2Line", "address2_line")]
    [InlineData("in-stock", "in_stock")]
    public void Snake_case(string name, string snake) => Assert.Equal(snake, Names.ToSnakeCase(name));

    [Theory]
    [InlineData("cat_items", true)]
    [InlineData("_x9", true)]
    [InlineData("a", true)]
    [InlineData("", false)]
    [InlineData("9lives", false)]
    [InlineData("Items", false)]
    [InlineData("cat-items", false)]
    [InlineData("caf\u00e9", false)]
    [InlineData("x\"y", false)]
    public void Sql_names_are_lower_case_identifiers(string name, bool valid) => Assert.Equal(valid, Names.IsSqlName(name));

    [Theory]
    [InlineData("draft", "DRAFT")]
    [InlineData("in-stock", "IN_STOCK")]
    [InlineData("apiKey", "API_KEY")]
    [InlineData("on hold", "ON_HOLD")]
    public void Upper_snake(string value, string graphQL) => Assert.Equal(graphQL, Names.ToUpperSnake(value));

    [Theory]
    [InlineData("item", "items")]
    [InlineData("category", "categories")]
    [InlineData("box", "boxes")]
    [InlineData("day", "days")]
    [InlineData("address", "addresses")]
    [InlineData("batch", "batches")]
    public void Plurals(string word, string plural) => Assert.Equal(plural, Names.Pluralize(word));

    [Theory]
    [InlineData("categoryId", FieldType.Ref, "categoryId", "category")]
    [InlineData("parent", FieldType.Ref, "parentId", "parent")]
    [InlineData("tagIds", FieldType.RefList, "tagIds", "tags")]
    [InlineData("owners", FieldType.RefList, "ownersIds", "owners")]
    public void Reference_fields_in_graphql(string key, FieldType type, string idField, string objectField)
    {
        var field = new FieldDefinition(key, type) { RefEntity = "X" };

        Assert.Equal((idField, objectField), (ApiNames.RefIdField(field), ApiNames.RefObjectField(field)));
    }

    [Theory]
    [InlineData("refreshTokenHash IS NOT NULL", "refresh_token_hash IS NOT NULL")]
    [InlineData("status = 'active' AND deletedAt IS NULL", "status = 'active' AND deleted_at IS NULL")]
    [InlineData("NOT (sortOrder >= 10 OR status != 'it''s')", "NOT (sort_order >= 10 OR status <> 'it''s')")]
    [InlineData("price > 0", "price_amount > 0")]
    public void Index_predicates_translate_keys_to_columns(string predicate, string sql)
    {
        Assert.True(IndexPredicate.TryTranslate(predicate, Entity, out var actual, out var error), error);
        Assert.Equal(sql, actual);
    }

    [Theory]
    [InlineData("status = active", "'active' is not a literal; quote text as 'text'")]
    [InlineData("nope IS NULL", "'nope' is not a field of Thing")]
    [InlineData("status = 'a'; DROP TABLE x", "unexpected ';'")]
    [InlineData("status IS", "expected 'NULL', found 'end of predicate'")]
    [InlineData("status = 'open", "unterminated string literal")]
    public void Bad_index_predicates_say_why(string predicate, string reason)
    {
        Assert.False(IndexPredicate.TryTranslate(predicate, Entity, out _, out var error));
        Assert.Equal(reason, error);
    }

    private static readonly EntityDefinition Entity = new("Thing", "m")
    {
        Fields = [new("refreshTokenHash", FieldType.String), new("status", FieldType.String), new("sortOrder", FieldType.Integer), new("price", FieldType.Money)],
    };
}
