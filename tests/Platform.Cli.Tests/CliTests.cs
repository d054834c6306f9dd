using Platform.TestKit;

namespace Platform.Cli.Tests;

/// <summary>The <c>platform</c> executable, run as a process from the repository root.</summary>
public sealed class CliTests : IDisposable
{
    private readonly string _workspace = Directory.CreateTempSubdirectory("platform-cli-").FullName;

    public void Dispose() => Directory.Delete(_workspace, recursive: true);

    [Fact]
    public async Task Validate_the_repository_modules_succeeds()
    {
        var (exit, output) = await Platform("validate", "modules");

        Assert.Equal(0, exit);
        Assert.Equal("1 module(s) checked: 0 error(s), 0 warning(s).", output.Trim());
    }

    [Fact]
    public async Task Validate_prints_compiler_format_diagnostics_and_exits_1()
    {
        var (exit, output) = await Platform("validate", "tests/Platform.Model.Tests/Diagnostics/Cases/PLAT005");

        Assert.Equal(1, exit);
        Assert.StartsWith(
            "tests/Platform.Model.Tests/Diagnostics/Cases/PLAT005/item.entity.yaml(3,18): error PLAT005: Field 'price' has unknown type 'moneyy'. Did you mean 'money'?",
            output, StringComparison.Ordinal);
        Assert.EndsWith("1 module(s) checked: 1 error(s), 0 warning(s).", output.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_a_folder_of_modules_checks_them_against_each_other()
    {
        Module("sales", "id: sales\nversion: 1.0.0\ndependsOn: [billing]\n",
            ("order.entity.yaml", "name: Order\nfields:\n  invoiceId: { type: ref, ref: billing.Invoce }\n"));
        Module("billing", "id: billing\nversion: 1.0.0\ndependsOn: [sales, tax]\n",
            ("invoice.entity.yaml", "name: Invoice\ntable: sales_orders\nfields:\n  number: string\n"));

        var (exit, output) = await Platform("validate", _workspace);

        Assert.Equal(1, exit);
        Assert.Contains("billing/manifests/module.yaml(3,13): error PLAT017: Modules depend on each other in a cycle (billing → sales → billing)", output, StringComparison.Ordinal);
        Assert.Contains("billing/manifests/module.yaml(3,20): error PLAT017: Module 'billing' depends on 'tax', which does not exist. Known modules: sales.", output, StringComparison.Ordinal);
        Assert.Contains("sales/manifests/order.entity.yaml(3,32): error PLAT007: Field 'invoiceId' refers to 'billing.Invoce', which is not an entity of module 'billing'. Did you mean 'Invoice'?", output, StringComparison.Ordinal);
        Assert.EndsWith("2 module(s) checked: 4 error(s), 0 warning(s).", output.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_reports_a_table_two_modules_both_claim()
    {
        Module("sales", "id: sales\nversion: 1.0.0\n", ("order.entity.yaml", "name: Order\nfields:\n  number: string\n"));
        Module("billing", "id: billing\nversion: 1.0.0\n", ("invoice.entity.yaml", "name: Invoice\ntable: sales_orders\nfields:\n  number: string\n"));

        var (exit, output) = await Platform("validate", _workspace);

        Assert.Equal(1, exit);
        Assert.Contains("billing/manifests/invoice.entity.yaml(2,8): error PLAT201: Invoice and sales.Order both map to table 'sales_orders'; set 'table:' on one of them.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_a_missing_folder_says_so()
    {
        var (exit, output) = await Platform("validate", "no/such/folder");

        Assert.Equal(1, exit);
        Assert.Contains("does not exist", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fsm_diagram_prints_mermaid()
    {
        var (exit, output) = await Platform("fsm", "diagram", "modules/Catalog/manifests/item-lifecycle.fsm.yaml");

        Assert.Equal(0, exit);
        Assert.StartsWith("stateDiagram-v2\n    [*] --> draft\n", output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("draft --> active : publish [guarded]", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_prints_a_bearer_token_the_host_accepts()
    {
        const string Secret = "a-secret-for-the-cli-test-of-32-bytes-or-more";
        var (exit, output) = await Platform(new Dictionary<string, string?> { ["JWT_SECRET"] = Secret }, "token", "--org", "org_cli", "--sub", "actor_cli", "--roles", "admin", "viewer");

        Assert.Equal(0, exit);
        var result = global::Platform.Core.Security.Jwt.Validate(output.Trim(), new global::Platform.Core.Security.JwtOptions(System.Text.Encoding.UTF8.GetBytes(Secret)), DateTimeOffset.UtcNow);
        Assert.True(result.IsValid, result.Error);
        Assert.Equal(("actor_cli", "org_cli"), (result.Actor!.Id, result.Actor.OrgId));
        Assert.Equal(["admin", "viewer"], result.Actor.Roles);
    }

    [Fact]
    public async Task Help_lists_the_commands()
    {
        var (exit, output) = await Platform("--help");

        Assert.Equal(0, exit);
        Assert.Contains("validate", output, StringComparison.Ordinal);
        Assert.Contains("fsm", output, StringComparison.Ordinal);
    }

    private void Module(string name, string module, params (string File, string Text)[] files)
    {
        var folder = Path.Combine(_workspace, name, "manifests");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "module.yaml"), module);
        foreach (var (file, text) in files)
        {
            File.WriteAllText(Path.Combine(folder, file), text);
        }
    }

    private Task<(int Exit, string Output)> Platform(params string[] arguments) => Platform(null, arguments);

    private async Task<(int Exit, string Output)> Platform(IReadOnlyDictionary<string, string?>? environment, params string[] arguments)
    {
        var cli = Path.Combine(RepositoryRoot.BinOf("Platform.Cli"), "platform.dll");
        var workingDirectory = arguments.Contains(_workspace) ? _workspace : RepositoryRoot.Path;
        var relative = arguments.Select(a => a == _workspace ? "." : a).ToArray();
        await using var process = TestProcess.StartDotnet(cli, relative, environment, workingDirectory: workingDirectory);
        var exit = await process.WaitForExitAsync(TimeSpan.FromSeconds(60));
        return (exit, process.Output);
    }
}
