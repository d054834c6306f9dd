using Microsoft.CodeAnalysis;

namespace Platform.Generators.Diagnostics;

/// <summary>
/// The compiler descriptors of Platform.Model's <c>DiagnosticCatalog</c>, one per id with constant
/// ids for the analyzer release tracking; a meta-test keeps the two lists equal.
/// </summary>
internal static class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor SyntaxError = new("PLAT001", "Manifest syntax error", "{0}", "Manifest", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink("PLAT001"));

    public static readonly DiagnosticDescriptor UnknownProperty = new("PLAT002", "Unknown manifest property", "{0}", "Manifest", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink("PLAT002"));

    public static readonly DiagnosticDescriptor MissingProperty = new("PLAT003", "Missing required property", "{0}", "Manifest", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink("PLAT003"));

    public static readonly DiagnosticDescriptor InvalidValue = new("PLAT004", "Invalid property value", "{0}", "Manifest", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink("PLAT004"));

    public static readonly DiagnosticDescriptor UnknownFieldType = new("PLAT005", "Unknown field type", "{0}", "Manifest", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink("PLAT005"));

    public static readonly DiagnosticDescriptor EnumWithoutValues = new("PLAT006", "Enum without values", "{0}", "Manifest", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink("PLAT006"));

    public static readonly DiagnosticDescriptor UnknownReference = new("PLAT007", "Unknown referenced entity", "{0}", "Manifest", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink("PLAT007"));

    public static readonly DiagnosticDescriptor DuplicateName = new("PLAT008", "Duplicate name", "{0}", "Manifest", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink("PLAT008"));

    public static readonly DiagnosticDescriptor ReservedName = new("PLAT009", "Reserved name", "{0}", "Manifest", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink("PLAT009"));

    public static readonly DiagnosticDescriptor InvalidIdentifier = new("PLAT010", "Invalid identifier", "{0}", "Manifest", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink("PLAT010"));

    public static readonly DiagnosticDescriptor InvalidValidator = new("PLAT011", "Invalid validator", "{0}", "Manifest", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink("PLAT011"));

    public static readonly DiagnosticDescriptor InvalidDefault = new("PLAT012", "Invalid default value", "{0}", "Manifest", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink("PLAT012"));

    public static readonly DiagnosticDescriptor InvalidIndex = new("PLAT013", "Invalid index", "{0}", "Manifest", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink("PLAT013"));

    public static readonly DiagnosticDescriptor ModuleManifestMissing = new("PLAT014", "Module manifest missing or duplicated", "{0}", "Manifest", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink("PLAT014"));

    public static readonly DiagnosticDescriptor UnrecognizedFile = new("PLAT015", "Unrecognized manifest file", "{0}", "Manifest", DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLink("PLAT015"));

    public static readonly DiagnosticDescriptor InvalidRule = new("PLAT016", "Invalid rule expression", "{0}", "Manifest", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink("PLAT016"));

    public static readonly DiagnosticDescriptor InvalidDependency = new("PLAT017", "Unresolved module dependency", "{0}", "Manifest", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink("PLAT017"));

    public static readonly DiagnosticDescriptor InvalidIndexPredicate = new("PLAT018", "Invalid partial-index predicate", "{0}", "Manifest", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink("PLAT018"));

    public static readonly DiagnosticDescriptor InvalidModuleIdentity = new("PLAT019", "Invalid module id or version", "{0}", "Manifest", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink("PLAT019"));

    public static readonly DiagnosticDescriptor InvalidSchedule = new("PLAT020", "Invalid duration or schedule", "{0}", "Manifest", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink("PLAT020"));

    public static readonly DiagnosticDescriptor NoStates = new("PLAT101", "State machine without states", "{0}", "StateMachine", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink("PLAT101"));

    public static readonly DiagnosticDescriptor InvalidInitialState = new("PLAT102", "Missing or unknown initial state", "{0}", "StateMachine", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink("PLAT102"));

    public static readonly DiagnosticDescriptor UnknownTarget = new("PLAT104", "Unknown transition target", "{0}", "StateMachine", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink("PLAT104"));

    public static readonly DiagnosticDescriptor UnreachableState = new("PLAT105", "Unreachable state", "{0}", "StateMachine", DiagnosticSeverity.Warning, isEnabledByDefault: true, helpLinkUri: HelpLink("PLAT105"));

    public static readonly DiagnosticDescriptor TerminalWithTransitions = new("PLAT106", "Terminal state with transitions", "{0}", "StateMachine", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink("PLAT106"));

    public static readonly DiagnosticDescriptor UnknownMachineEntity = new("PLAT107", "State machine for an unknown entity", "{0}", "StateMachine", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink("PLAT107"));

    public static readonly DiagnosticDescriptor StatusFieldMismatch = new("PLAT108", "Status field does not match the states", "{0}", "StateMachine", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink("PLAT108"));

    public static readonly DiagnosticDescriptor UnknownGuardPath = new("PLAT109", "Guard on an unknown path", "{0}", "StateMachine", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink("PLAT109"));

    public static readonly DiagnosticDescriptor MachineBinding = new("PLAT110", "Inconsistent state machine binding", "{0}", "StateMachine", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink("PLAT110"));

    public static readonly DiagnosticDescriptor InvalidAction = new("PLAT111", "Invalid action", "{0}", "StateMachine", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink("PLAT111"));

    public static readonly DiagnosticDescriptor TableCollision = new("PLAT201", "Table name collision", "{0}", "Naming", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink("PLAT201"));

    public static readonly DiagnosticDescriptor ColumnCollision = new("PLAT202", "Column name collision", "{0}", "Naming", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink("PLAT202"));

    public static readonly DiagnosticDescriptor GraphQLTypeCollision = new("PLAT203", "GraphQL type name collision", "{0}", "Naming", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink("PLAT203"));

    public static readonly DiagnosticDescriptor GraphQLFieldCollision = new("PLAT204", "GraphQL field name collision", "{0}", "Naming", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink("PLAT204"));

    public static readonly DiagnosticDescriptor IdentifierTooLong = new("PLAT205", "SQL identifier too long", "{0}", "Naming", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink("PLAT205"));

    public static readonly DiagnosticDescriptor EnumValueCollision = new("PLAT206", "Enum value collision", "{0}", "Naming", DiagnosticSeverity.Error, isEnabledByDefault: true, helpLinkUri: HelpLink("PLAT206"));

    /// <summary>Every descriptor, in the catalog's order.</summary>
    public static readonly DiagnosticDescriptor[] All =
    [
        SyntaxError, UnknownProperty, MissingProperty, InvalidValue, UnknownFieldType, EnumWithoutValues,
        UnknownReference, DuplicateName, ReservedName, InvalidIdentifier, InvalidValidator, InvalidDefault,
        InvalidIndex, ModuleManifestMissing, UnrecognizedFile, InvalidRule, InvalidDependency, InvalidIndexPredicate,
        InvalidModuleIdentity, InvalidSchedule, NoStates, InvalidInitialState, UnknownTarget, UnreachableState,
        TerminalWithTransitions, UnknownMachineEntity, StatusFieldMismatch, UnknownGuardPath, MachineBinding, InvalidAction,
        TableCollision, ColumnCollision, GraphQLTypeCollision, GraphQLFieldCollision, IdentifierTooLong, EnumValueCollision,
    ];

    /// <summary>The documentation page of a diagnostic, relative to the repository root.</summary>
    public static string HelpLink(string id) => $"schemas/diagnostics/{id}.md";
}
