using Platform.Core.StateMachines;
using Platform.Model.Reading;

namespace Platform.Cli;

/// <summary><c>platform fsm diagram &lt;file&gt;</c>: a state machine manifest as Mermaid.</summary>
internal static class FsmDiagramCommand
{
    public static int Run(FileInfo file, TextWriter output)
    {
        if (!file.Exists)
        {
            Console.Error.WriteLine($"platform fsm diagram: the file '{file.FullName}' does not exist.");
            return 1;
        }

        var parsed = ManifestReader.Read(new ManifestFile(Path.GetRelativePath(Directory.GetCurrentDirectory(), file.FullName), File.ReadAllText(file.FullName)));
        if (parsed.Kind != ManifestKind.StateMachine)
        {
            Console.Error.WriteLine($"platform fsm diagram: '{file.Name}' is not a state machine manifest; name it <name>.fsm.yaml.");
            return 1;
        }

        foreach (var diagnostic in parsed.Diagnostics)
        {
            Console.Error.WriteLine(diagnostic);
        }

        if (parsed.StateMachine is null || parsed.Diagnostics.Any(d => d.IsError))
        {
            return 1;
        }

        output.Write(StateMachineDiagram.ToMermaid(parsed.StateMachine));
        return 0;
    }
}
