using Platform.TestKit.Postgres;

namespace Platform.Host.Tests.Plugins;

/// <summary>Module code joining the generated CRUD through hooks, with a fixture module compiled for the test.</summary>
public sealed class HookTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IDisposable
{
    private const string Code = """
        using System.Collections.Generic;
        using Platform.Core.Errors;
        using Platform.Core.Repositories;

        namespace Platform.Modules.Journal;

        public sealed partial class JournalModule
        {
            partial void OnBoot(global::Platform.Core.Modules.BootRegistry registry)
            {
                registry.Hooks.BeforeSave("Note", (save, context, ct) =>
                {
                    if (save.Input.TryGetValue("text", out var value) && value is string text)
                    {
                        save.Input["text"] = text.Trim();
                        if (text.Contains("forbidden"))
                        {
                            throw new BusinessError("Notes may not say that.");
                        }
                    }

                    return default;
                });
                registry.Hooks.AfterSave("Note", async (note, context, ct) =>
                    await context.DispatchAsync<EntityRecord>("journal.entry.create", new Dictionary<string, object?> { ["noteId"] = note.Id, ["action"] = "saved v" + note.Version }, cancellationToken: ct));
                registry.Hooks.AfterDelete("Note", async (note, context, ct) =>
                    await context.DispatchAsync<EntityRecord>("journal.entry.create", new Dictionary<string, object?> { ["noteId"] = note.Id, ["action"] = "deleted" }, cancellationToken: ct));
            }
        }
        """;

    private readonly string _plugins = Directory.CreateTempSubdirectory("platform-hooks-").FullName;

    public void Dispose() => Directory.Delete(_plugins, recursive: true);

    [Fact]
    public async Task Before_save_changes_or_refuses_the_input_and_after_hooks_run_once_the_change_committed()
    {
        ModuleCompiler.Build(_plugins, "journal", new Dictionary<string, string>
        {
            ["module.yaml"] = "id: journal\nversion: 1.0.0\ntablePrefix: jr_\nidPrefixes: { Note: note, Entry: entry }\n",
            ["note.entity.yaml"] = "name: Note\nfields:\n  text: { type: string, required: true }\n",
            ["entry.entity.yaml"] = "name: Entry\nfields:\n  noteId: { type: ref, ref: Note }\n  action: { type: string, required: true }\n",
        }, Code);
        await using var host = await TestHost.StartAsync(database, new Dictionary<string, string?> { ["PLUGINS_DIR"] = _plugins });
        using var admin = host.Client("org_hooks");

        var created = await admin.SendAsync("mutation { createNote(input: { text: \"  hello  \" }) { id text } }");
        var id = created.At("createNote.id").GetString();
        await admin.SendAsync("mutation($id: ID!) { updateNote(id: $id, patch: { text: \"hello again\" }) { version } }", new { id });
        var refused = await admin.SendAsync("mutation($id: ID!) { updateNote(id: $id, patch: { text: \"forbidden words\" }) { version } }", new { id });
        await admin.SendAsync("mutation($id: ID!) { deleteNote(id: $id) { id } }", new { id });
        var entries = await admin.SendAsync("{ entries(order: [{ createdAt: ASC }]) { nodes { action } } }");

        Assert.Equal("hello", created.At("createNote.text").GetString());
        Assert.Equal(["BUSINESS_RULE"], refused.ErrorCodes);
        Assert.Equal("""[{"action":"saved v1"},{"action":"saved v2"},{"action":"deleted"}]""", entries.At("entries.nodes").GetRawText());
    }
}
