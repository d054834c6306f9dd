using System.CommandLine;
using Platform.Cli;

var validateFolder = new Argument<DirectoryInfo>("folder") { Description = "A module folder (with manifests/), or a folder of modules such as modules/." };
var validate = new Command("validate", "Checks manifests as the build does and prints diagnostics in the compiler's format; exit code 1 on errors.") { validateFolder };
validate.SetAction(result => ValidateCommand.Run(result.GetValue(validateFolder)!, Console.Out));

var diagramFile = new Argument<FileInfo>("file") { Description = "A state machine manifest (*.fsm.yaml, .yml or .json)." };
var diagram = new Command("diagram", "Prints a state machine as a Mermaid stateDiagram-v2.") { diagramFile };
diagram.SetAction(result => FsmDiagramCommand.Run(result.GetValue(diagramFile)!, Console.Out));

var org = new Option<string>("--org") { Description = "The organization the token acts in (claim org).", Required = true };
var sub = new Option<string>("--sub") { Description = "The actor (claim sub).", Required = true };
var roles = new Option<string[]>("--roles") { Description = "Roles (claim roles): super-admin, admin, member, viewer…", AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => ["admin"] };
var hours = new Option<int>("--hours") { Description = "How long the token is valid.", DefaultValueFactory = _ => 12 };
var token = new Command("token", "Prints a bearer token signed with JWT_SECRET (or the development secret the host uses).") { org, sub, roles, hours };
token.SetAction(result => TokenCommand.Run(result.GetValue(org)!, result.GetValue(sub)!, result.GetValue(roles)!, result.GetValue(hours), Console.Out));

var allowDestructive = new Option<bool>("--allow-destructive") { Description = "Also run steps that can lose data (dropping columns or tables, narrowing types, removing enum values)." };
var plan = new Command("plan", "Prints the steps that would bring the database to the modules' schema; changes nothing.");
plan.SetAction((result, _) => MigrateCommand.RunAsync(apply: false, allowDestructive: false, Console.Out));
var applyMigration = new Command("apply", "Brings the database to the modules' schema (additive steps; destructive ones only with --allow-destructive).") { allowDestructive };
applyMigration.SetAction((result, _) => MigrateCommand.RunAsync(apply: true, result.GetValue(allowDestructive), Console.Out));

var root = new RootCommand("platform — checks and inspects Platform modules.")
{
    validate,
    new Command("fsm", "State machine tools.") { diagram },
    token,
    new Command("migrate", "Declarative migrations of the modules in the plugins folder (DATABASE_URL, or the embedded server).") { plan, applyMigration },
};
return root.Parse(args).Invoke();
