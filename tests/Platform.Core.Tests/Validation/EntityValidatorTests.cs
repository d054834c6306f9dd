using Platform.Core.Errors;
using Platform.Core.Primitives;
using Platform.Core.Validation;
using Platform.Model.Definitions;
using Platform.TestKit;

namespace Platform.Core.Tests.Validation;

public sealed class EntityValidatorTests
{
    private static readonly ValidationScope Scope = new("org_1", "user_1");

    private static readonly EntityDefinition Item = new("Item", "catalog")
    {
        Fields =
        [
            new FieldDefinition("name", FieldType.String) { Required = true, Validators = [new ValidatorSpec(ValidatorKind.MinLength, 2L), new ValidatorSpec(ValidatorKind.MaxLength, 10L)] },
            new FieldDefinition("sku", FieldType.String) { Validators = [new ValidatorSpec(ValidatorKind.Pattern, "^[A-Z]{3}-[0-9]+$", "sku looks like ABC-123.")] },
            new FieldDefinition("quantity", FieldType.Integer) { Validators = [new ValidatorSpec(ValidatorKind.Min, 0L), new ValidatorSpec(ValidatorKind.Max, 1000L)] },
            new FieldDefinition("weight", FieldType.Number) { Validators = [new ValidatorSpec(ValidatorKind.Positive)] },
            new FieldDefinition("rate", FieldType.Decimal) { Validators = [new ValidatorSpec(ValidatorKind.NonZero)] },
            new FieldDefinition("active", FieldType.Boolean),
            new FieldDefinition("launchAt", FieldType.Date) { Validators = [new ValidatorSpec(ValidatorKind.Future)] },
            new FieldDefinition("status", FieldType.Enum) { EnumValues = ["draft", "active"], IsStateField = true },
            new FieldDefinition("kind", FieldType.Enum) { EnumValues = ["physical", "digital"], Required = true, Default = "physical" },
            new FieldDefinition("categoryId", FieldType.Ref) { RefEntity = "Category", Validators = [new ValidatorSpec(ValidatorKind.RefExists)] },
            new FieldDefinition("tagIds", FieldType.RefList) { RefEntity = "Tag" },
            new FieldDefinition("price", FieldType.Money) { Validators = [new ValidatorSpec(ValidatorKind.Min, 1L)] },
            new FieldDefinition("contact", FieldType.String) { Validators = [new ValidatorSpec(ValidatorKind.Email)] },
            new FieldDefinition("site", FieldType.String) { Validators = [new ValidatorSpec(ValidatorKind.Url)] },
            new FieldDefinition("phone", FieldType.String) { Validators = [new ValidatorSpec(ValidatorKind.Phone)] },
            new FieldDefinition("location", FieldType.GeoPoint),
            new FieldDefinition("area", FieldType.GeoPolygon),
            new FieldDefinition("route", FieldType.GeoLineString),
            new FieldDefinition("attributes", FieldType.Json),
            new FieldDefinition("code", FieldType.String) { Validators = [new ValidatorSpec(ValidatorKind.Unique)] },
            new FieldDefinition("secret", FieldType.String) { Sensitive = true },
        ],
    };

    private static EntityValidator Validator(IValidationLookup? lookup = null, CustomValidatorRegistry? custom = null) =>
        new(lookup ?? new FixedLookup(), custom, new ManualTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)));

    [Fact]
    public async Task ValidInput_HasNoFailures()
    {
        var input = new Dictionary<string, object?>
        {
            ["name"] = "Widget",
            ["sku"] = "ABC-1",
            ["quantity"] = 5L,
            ["weight"] = 1.5,
            ["rate"] = "0.19",
            ["active"] = true,
            ["launchAt"] = "2026-03-01T00:00:00Z",
            ["categoryId"] = "cat_01ARZ3NDEKTSV4RRFFQ69G5FAV",
            ["tagIds"] = new[] { "tag_01ARZ3NDEKTSV4RRFFQ69G5FAV" },
            ["price"] = new Dictionary<string, object?> { ["amount"] = 1250L, ["currency"] = "EUR" },
            ["contact"] = "a@example.com",
            ["site"] = "https://example.com/x",
            ["phone"] = "+4915112345678",
            ["location"] = new Dictionary<string, object?> { ["type"] = "Point", ["coordinates"] = new[] { 13.4, 52.5 } },
            ["area"] = new Dictionary<string, object?> { ["type"] = "Polygon", ["coordinates"] = new[] { new[] { new[] { 0.0, 0.0 }, new[] { 1.0, 0.0 }, new[] { 1.0, 1.0 }, new[] { 0.0, 0.0 } } } },
            ["route"] = new[] { new[] { 0.0, 0.0 }, new[] { 1.0, 1.0 } },
            ["attributes"] = new Dictionary<string, object?> { ["color"] = "blue" },
            ["code"] = "free",
        };

        Assert.Empty(await Validator().ValidateAsync(Item, input, ValidationMode.Create, Scope));
    }

    [Fact]
    public async Task BadInput_ReturnsEveryFailureAtOnce_WithFieldPaths()
    {
        var input = new Dictionary<string, object?>
        {
            ["name"] = "W",
            ["sku"] = "abc",
            ["quantity"] = 3_000_000_000L,
            ["weight"] = -1.0,
            ["rate"] = "0",
            ["active"] = "yes",
            ["launchAt"] = "2025-01-01T00:00:00Z",
            ["status"] = "active",
            ["kind"] = "virtual",
            ["categoryId"] = "cat_01ARZ3NDEKTSV4RRFFQ69GZZZZ",
            ["tagIds"] = new object?[] { "tag_01ARZ3NDEKTSV4RRFFQ69G5FAV", 7, "bad id" },
            ["price"] = new Dictionary<string, object?> { ["amount"] = 12.5, ["currency"] = "EURO" },
            ["contact"] = "not-an-email",
            ["site"] = "ftp://example.com",
            ["phone"] = "12345",
            ["location"] = new[] { 200.0, 10.0 },
            ["area"] = new[] { new[] { new[] { 0.0, 0.0 }, new[] { 1.0, 0.0 }, new[] { 1.0, 1.0 } } },
            ["route"] = new[] { new[] { 0.0, 0.0 } },
            ["code"] = "taken",
            ["id"] = "item_x",
            ["colour"] = "blue",
        };

        var failures = await Validator().ValidateAsync(Item, input, ValidationMode.Create, Scope);

        Assert.Equal(
            [
                ("name", "minLength"), ("sku", "pattern"), ("quantity", "type"), ("weight", "positive"), ("rate", "nonZero"), ("active", "type"),
                ("launchAt", "future"), ("status", "readOnly"), ("kind", "type"), ("tagIds[1]", "type"), ("tagIds[2]", "type"),
                ("price.amount", "type"), ("price.currency", "type"), ("contact", "email"), ("site", "url"), ("phone", "phone"),
                ("location", "type"), ("area", "type"), ("route", "type"), ("id", "readOnly"), ("colour", "unknownField"),
                ("categoryId", "refExists"), ("code", "unique"),
            ],
            failures.Select(f => (f.Field, f.Rule)));
        Assert.Equal("sku looks like ABC-123.", failures.Single(f => f.Field == "sku").Message);
        Assert.Equal("kind must be one of: physical, digital.", failures.Single(f => f.Field == "kind").Message);
        Assert.Contains("refers to Category 'cat_01ARZ3NDEKTSV4RRFFQ69GZZZZ', which does not exist", failures.Single(f => f.Field == "categoryId").Message, StringComparison.Ordinal);
        Assert.StartsWith("colour is not a field of Item. Fields: name, sku,", failures.Single(f => f.Field == "colour").Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_MissingRequired_IsAFailure_UnlessItHasADefault()
    {
        var failures = await Validator().ValidateAsync(Item, new Dictionary<string, object?>(), ValidationMode.Create, Scope);

        var failure = Assert.Single(failures);
        Assert.Equal(("name", "name is required.", "required"), (failure.Field, failure.Message, failure.Rule));
    }

    [Fact]
    public async Task Update_OnlyChecksGivenFields_AndRequiredCannotBeCleared()
    {
        Assert.Empty(await Validator().ValidateAsync(Item, new Dictionary<string, object?> { ["quantity"] = 3 }, ValidationMode.Update, Scope));

        var failure = Assert.Single(await Validator().ValidateAsync(Item, new Dictionary<string, object?> { ["name"] = null }, ValidationMode.Update, Scope));

        Assert.Equal("name is required and cannot be cleared.", failure.Message);
    }

    [Fact]
    public async Task MoneyValue_AndMinOnMoney_UseMinorUnits()
    {
        var failure = Assert.Single(await Validator().ValidateAsync(Item, new Dictionary<string, object?> { ["name"] = "ok", ["price"] = new Money(0, "USD") }, ValidationMode.Create, Scope));

        Assert.Equal(("price", "min"), (failure.Field, failure.Rule));
    }

    [Fact]
    public async Task Unique_ExcludesTheEntityBeingUpdated()
    {
        var lookup = new FixedLookup();

        await Validator(lookup).ValidateAsync(Item, new Dictionary<string, object?> { ["code"] = "x" }, ValidationMode.Update, Scope with { EntityId = "item_1" });

        Assert.Equal("item_1", lookup.LastExcludedId);
    }

    [Fact]
    public async Task RefExists_WithoutLookup_IsAConfigurationError()
    {
        var validator = new EntityValidator();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => validator.ValidateAsync(Item, new Dictionary<string, object?> { ["categoryId"] = "cat_01ARZ3NDEKTSV4RRFFQ69G5FAV" }, ValidationMode.Update, Scope));

        Assert.Contains("IValidationLookup", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CustomValidator_RunsByName()
    {
        var registry = new CustomValidatorRegistry();
        registry.Register("even", (value, field, _) => value is long l && l % 2 != 0 ? $"{field.Key} must be even." : null);
        var entity = new EntityDefinition("Thing", "x") { Fields = [new FieldDefinition("n", FieldType.Integer) { Validators = [new ValidatorSpec(ValidatorKind.Custom, Name: "even")] }] };

        var failure = Assert.Single(await Validator(custom: registry).ValidateAsync(entity, new Dictionary<string, object?> { ["n"] = 3L }, ValidationMode.Create, Scope));

        Assert.Equal(("n", "n must be even.", "custom"), (failure.Field, failure.Message, failure.Rule));
        Assert.Throws<ArgumentException>(() => registry.Register("even", (_, _, _) => null));
    }

    [Fact]
    public async Task EnsureValid_ThrowsValidationErrorWithAllFailures()
    {
        var error = await Assert.ThrowsAsync<ValidationError>(() => Validator().EnsureValidAsync(Item, new Dictionary<string, object?> { ["quantity"] = -1 }, ValidationMode.Create, Scope));

        Assert.Equal(ErrorCodes.ValidationFailed, error.Code);
        Assert.Equal(["name", "quantity"], error.Failures.Select(f => f.Field));
    }

    [Fact]
    public void Redact_MasksSensitiveValues()
    {
        var redacted = SensitiveData.Redact(Item, new Dictionary<string, object?> { ["name"] = "W", ["secret"] = "hunter2" });

        Assert.Equal("W", redacted["name"]);
        Assert.Equal(SensitiveData.Mask, redacted["secret"]);
    }

    [Fact]
    public async Task SensitiveValue_NeverAppearsInFailureMessages()
    {
        var entity = new EntityDefinition("User", "identity") { Fields = [new FieldDefinition("password", FieldType.String) { Sensitive = true, Validators = [new ValidatorSpec(ValidatorKind.MinLength, 12L), new ValidatorSpec(ValidatorKind.Pattern, "[0-9]")] }] };

        var failures = await Validator().ValidateAsync(entity, new Dictionary<string, object?> { ["password"] = "hunter" }, ValidationMode.Create, Scope);

        Assert.Equal(2, failures.Count);
        Assert.All(failures, f => Assert.DoesNotContain("hunter", f.Message, StringComparison.Ordinal));
    }

    private sealed class FixedLookup : IValidationLookup
    {
        public string? LastExcludedId { get; private set; }

        public Task<IReadOnlySet<string>> FindExistingAsync(string entity, IReadOnlyCollection<string> ids, string orgId, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlySet<string>>(ids.Where(id => !id.EndsWith("ZZZZ", StringComparison.Ordinal)).ToHashSet());

        public Task<bool> IsUniqueAsync(string entity, string field, object? value, string? excludingId, string orgId, CancellationToken cancellationToken = default)
        {
            LastExcludedId = excludingId;
            return Task.FromResult(!Equals(value, "taken"));
        }
    }
}
