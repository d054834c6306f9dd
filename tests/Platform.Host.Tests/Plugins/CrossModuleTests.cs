using Platform.TestKit.Postgres;

namespace Platform.Host.Tests.Plugins;

/// <summary>References into another module, and sensitive fields, with fixture modules compiled for the test.</summary>
public sealed class CrossModuleTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IDisposable
{
    private readonly string _plugins = Directory.CreateTempSubdirectory("platform-cross-module-").FullName;

    public void Dispose() => Directory.Delete(_plugins, recursive: true);

    private static Dictionary<string, string> Crm() => new()
    {
        ["module.yaml"] = "id: crm\nversion: 1.0.0\ntablePrefix: crm_\nidPrefixes: { Customer: cus }\n",
        ["customer.entity.yaml"] = "name: Customer\nrealtime: org\nfields:\n  name: { type: string, required: true }\n  taxId: { type: string, sensitive: true }\n",
    };

    private static Dictionary<string, string> Orders() => new()
    {
        ["module.yaml"] = "id: orders\nversion: 1.0.0\ntablePrefix: ord_\nidPrefixes: { Order: ord }\ndependsOn: [crm]\n",
        ["order.entity.yaml"] = "name: Order\nfields:\n  number: { type: string, required: true }\n  customerId: { type: ref, ref: crm.Customer }\n  total: { type: money, required: true }\n",
    };

    [Fact]
    public async Task A_reference_into_another_module_resolves_through_that_module()
    {
        ModuleCompiler.Build(_plugins, "crm", Crm());
        ModuleCompiler.Build(_plugins, "orders", Orders());
        await using var host = await TestHost.StartAsync(database, new Dictionary<string, string?> { ["PLUGINS_DIR"] = _plugins });
        using var admin = host.Client("org_x");

        var customer = (await admin.SendAsync("mutation { createCustomer(input: { name: \"Ada\", taxId: \"DE-123\" }) { id } }")).At("createCustomer.id").GetString();
        var order = await admin.SendAsync("mutation($c: ID) { createOrder(input: { number: \"A-1\", customerId: $c, total: { amount: 1250, currency: \"EUR\" } }) { number total { amount currency } customer { name } } }", new { c = customer });
        var dangling = await admin.SendAsync("mutation { createOrder(input: { number: \"A-2\", customerId: \"cus_01J0000000000000000000000A\", total: { amount: 1, currency: \"EUR\" } }) { customer { name } } }");

        Assert.Equal("""{"number":"A-1","total":{"amount":1250,"currency":"EUR"},"customer":{"name":"Ada"}}""", order.At("createOrder").GetRawText());
        Assert.Equal("""{"customer":null}""", dangling.At("createOrder").GetRawText()); // no foreign key across modules: a missing target reads as null
    }

    [Fact]
    public async Task Sensitive_fields_are_written_but_never_returned_filtered_or_sent_in_events()
    {
        ModuleCompiler.Build(_plugins, "crm", Crm());
        await using var host = await TestHost.StartAsync(database, new Dictionary<string, string?> { ["PLUGINS_DIR"] = _plugins });
        using var admin = host.Client("org_s");
        await using var socket = await host.SocketAsync("org_s");
        await socket.SubscribeAsync("events", "subscription { domainEvents(pattern: \"crm.*\") { type payload } }");

        var created = await admin.SendAsync("mutation { createCustomer(input: { name: \"Ada\", taxId: \"DE-123\" }) { id name } }");
        var type = await admin.SendAsync("{ __type(name: \"Customer\") { fields { name } } f: __type(name: \"CustomerFilter\") { inputFields { name } } }");
        var selected = await admin.SendAsync("{ customers { nodes { taxId } } }");
        var filtered = await admin.SendAsync("{ customers(where: { taxId: { eq: \"DE-123\" } }) { totalCount } }");
        var payload = (await socket.NextAsync("events")).GetProperty("payload").GetProperty("data").GetProperty("domainEvents").GetProperty("payload");

        Assert.Equal("Ada", created.At("createCustomer.name").GetString());
        Assert.DoesNotContain("taxId", type.At("__type.fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()));
        Assert.DoesNotContain("taxId", type.At("f.inputFields").EnumerateArray().Select(f => f.GetProperty("name").GetString()));
        Assert.Equal(["GRAPHQL_VALIDATION_FAILED"], selected.ErrorCodes);
        Assert.Equal(["GRAPHQL_VALIDATION_FAILED"], filtered.ErrorCodes);
        Assert.Equal("[REDACTED]", payload.GetProperty("fields").GetProperty("taxId").GetString());
        Assert.DoesNotContain("DE-123", payload.GetRawText(), StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Places() => new()
    {
        ["module.yaml"] = "id: places\nversion: 1.0.0\ntablePrefix: pl_\nidPrefixes: { Shop: shop, Tag: tag }\n",
        ["tag.entity.yaml"] = "name: Tag\nfields:\n  label: { type: string, required: true }\n",
        ["shop.entity.yaml"] = "name: Shop\nfields:\n  name: { type: string, required: true }\n  tagIds: { type: \"ref[]\", ref: Tag }\n  location: { type: geo.point }\n  rating: { type: decimal }\n  area: { type: number }\n",
    };

    [Fact]
    public async Task Id_list_geo_decimal_and_float_fields_filter_and_resolve_through_graphql()
    {
        ModuleCompiler.Build(_plugins, "places", Places());
        await using var host = await TestHost.StartAsync(database, new Dictionary<string, string?> { ["PLUGINS_DIR"] = _plugins });
        using var admin = host.Client("org_places");
        string Tag(string label) => admin.SendAsync("mutation($l: String!) { createTag(input: { label: $l }) { id } }", new { l = label }).Result.At("createTag.id").GetString()!;
        var (vegan, late, cheap) = (Tag("vegan"), Tag("late"), Tag("cheap"));
        async Task Shop(string name, string[] tags, double lon, double lat, string rating, double area) =>
            (await admin.SendAsync("mutation($i: CreateShopInput!) { createShop(input: $i) { id } }", new { i = new { name, tagIds = tags, location = new { type = "Point", coordinates = new[] { lon, lat } }, rating, area } })).Ok();
        await Shop("Green", [vegan, late], 13.40, 52.52, "4.50", 80.5);
        await Shop("Night", [late], 13.45, 52.50, "3.90", 120);
        await Shop("Far", [cheap], 2.35, 48.85, "4.95", 45.25);
        async Task<string> Names(object where) =>
            string.Join(",", (await admin.SendAsync("query($w: ShopFilter) { shops(where: $w) { nodes { name } } }", new { w = where })).At("shops.nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()).Order(StringComparer.Ordinal));
        var berlin = new { type = "Polygon", coordinates = new[] { new[] { new[] { 13.0, 52.3 }, new[] { 13.8, 52.3 }, new[] { 13.8, 52.7 }, new[] { 13.0, 52.7 }, new[] { 13.0, 52.3 } } } };

        Assert.Equal("Green,Night", await Names(new { tagIds = new { contains = late } }));
        Assert.Equal("Green", await Names(new { tagIds = new { containsAll = new[] { vegan, late } } }));
        Assert.Equal("Far,Green", await Names(new { tagIds = new { containsAny = new[] { vegan, cheap } } }));
        Assert.Equal("Green,Night", await Names(new { location = new { within = berlin } }));
        Assert.Equal("Far,Green", await Names(new { rating = new { gte = "4.5" } }));
        Assert.Equal("Green,Night", await Names(new { area = new { gt = 50.0, lte = 120.0 } }));
        var tags = await admin.SendAsync("{ shops(where: { name: { eq: \"Green\" } }) { nodes { tags { label } rating location } } }");
        Assert.Equal("""[{"label":"vegan"},{"label":"late"}]""", tags.At("shops.nodes.0.tags").GetRawText());
        Assert.Equal("\"4.50\"", tags.At("shops.nodes.0.rating").GetRawText());
        Assert.Equal("Point", tags.At("shops.nodes.0.location").GetProperty("type").GetString());
    }
}
