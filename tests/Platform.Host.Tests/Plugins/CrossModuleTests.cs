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
}
