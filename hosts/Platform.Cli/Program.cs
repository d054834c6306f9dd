using System.CommandLine;
using Platform.Cli;

var validateFolder = new Argument<DirectoryInfo>("folder") { Description = "A module folder (with manifests/), or a folder of modules such as modules/." };
var validate = new Command("validate", "Checks manifests as the build does and prints diagnostics in the compiler's format; exit code 1 on errors.") { validateFolder };
validate.SetAction(result => ValidateCommand.Run(result.GetValue(validateFolder)!, Console.Out));

var diagramFile = new Argument<FileInfo>("file") { Description = "A state machine manifest (*.fsm.yaml, .yml or .json)." };
var diagram = new Command("diagram", "Prints a state machine as a Mermaid stateDiagram-v2.") { diagramFile };
diagram.SetAction(result => FsmDiagramCommand.Run(result.GetValue(diagramFile)!, Console.Out));

var root = new RootCommand("platform — checks and inspects Platform modules.")
{
    validate,
    new Command("fsm", "State machine tools.") { diagram },
};
return root.Parse(args).Invoke();
