namespace Platform.Model.Diagnostics;

/// <summary>
/// Every manifest diagnostic, once, free of Roslyn types: the generator maps these 1:1 to
/// compiler descriptors and <c>platform validate</c> prints the same ids. Ranges: <c>PLAT0xx</c>
/// manifest syntax and semantics, <c>PLAT1xx</c> state machines, <c>PLAT2xx</c> name collisions
/// in the generated SQL and GraphQL. Each id has a page in <c>schemas/diagnostics/</c>. Ids are
/// never reused: PLAT103 (duplicate state) is retired because a duplicate state is a duplicate
/// YAML key, reported as PLAT008 by the reader.
/// </summary>
public static class DiagnosticCatalog
{
    private const string Manifest = "Manifest";
    private const string StateMachine = "StateMachine";
    private const string Naming = "Naming";

    /// <summary>The file is not well-formed YAML or JSON.</summary>
    public static readonly DiagnosticDescriptor SyntaxError = Error("PLAT001", "Manifest syntax error", Manifest);

    /// <summary>A key the manifest format does not define (usually a typo).</summary>
    public static readonly DiagnosticDescriptor UnknownProperty = Error("PLAT002", "Unknown manifest property", Manifest);

    /// <summary>A key the manifest format requires is absent.</summary>
    public static readonly DiagnosticDescriptor MissingProperty = Error("PLAT003", "Missing required property", Manifest);

    /// <summary>A value of the wrong kind (a list where a string belongs, text where a number belongs…).</summary>
    public static readonly DiagnosticDescriptor InvalidValue = Error("PLAT004", "Invalid property value", Manifest);

    /// <summary>A field type that is not in the field-type table.</summary>
    public static readonly DiagnosticDescriptor UnknownFieldType = Error("PLAT005", "Unknown field type", Manifest);

    /// <summary>An enum field without values.</summary>
    public static readonly DiagnosticDescriptor EnumWithoutValues = Error("PLAT006", "Enum without values", Manifest);

    /// <summary>A reference to an entity neither in the module nor in a declared dependency.</summary>
    public static readonly DiagnosticDescriptor UnknownReference = Error("PLAT007", "Unknown referenced entity", Manifest);

    /// <summary>Two declarations share a name.</summary>
    public static readonly DiagnosticDescriptor DuplicateName = Error("PLAT008", "Duplicate name", Manifest);

    /// <summary>A name the platform reserves for base fields or generated members.</summary>
    public static readonly DiagnosticDescriptor ReservedName = Error("PLAT009", "Reserved name", Manifest);

    /// <summary>A name that is not a valid identifier of its kind.</summary>
    public static readonly DiagnosticDescriptor InvalidIdentifier = Error("PLAT010", "Invalid identifier", Manifest);

    /// <summary>An unknown validator, one that does not apply to the field's type, or a bad argument.</summary>
    public static readonly DiagnosticDescriptor InvalidValidator = Error("PLAT011", "Invalid validator", Manifest);

    /// <summary>A default value that is not a value of the field's type.</summary>
    public static readonly DiagnosticDescriptor InvalidDefault = Error("PLAT012", "Invalid default value", Manifest);

    /// <summary>An index over a field the entity does not have, or over a type that cannot be indexed so.</summary>
    public static readonly DiagnosticDescriptor InvalidIndex = Error("PLAT013", "Invalid index", Manifest);

    /// <summary>A folder without exactly one module manifest.</summary>
    public static readonly DiagnosticDescriptor ModuleManifestMissing = Error("PLAT014", "Module manifest missing or duplicated", Manifest);

    /// <summary>A file in the manifests folder whose name says neither module, entity nor state machine.</summary>
    public static readonly DiagnosticDescriptor UnrecognizedFile = Warning("PLAT015", "Unrecognized manifest file", Manifest);

    /// <summary>A rule expression that does not have the rule shape.</summary>
    public static readonly DiagnosticDescriptor InvalidRule = Error("PLAT016", "Invalid rule expression", Manifest);

    /// <summary>A dependency on the module itself, on a module that does not exist, or in a cycle.</summary>
    public static readonly DiagnosticDescriptor InvalidDependency = Error("PLAT017", "Unresolved module dependency", Manifest);

    /// <summary>A partial-index predicate outside the supported grammar or over unknown fields.</summary>
    public static readonly DiagnosticDescriptor InvalidIndexPredicate = Error("PLAT018", "Invalid partial-index predicate", Manifest);

    /// <summary>A module id or version in the wrong form.</summary>
    public static readonly DiagnosticDescriptor InvalidModuleIdentity = Error("PLAT019", "Invalid module id or version", Manifest);

    /// <summary>A duration or cron expression that cannot be read.</summary>
    public static readonly DiagnosticDescriptor InvalidSchedule = Error("PLAT020", "Invalid duration or schedule", Manifest);

    /// <summary>A state machine without states.</summary>
    public static readonly DiagnosticDescriptor NoStates = Error("PLAT101", "State machine without states", StateMachine);

    /// <summary>A state machine whose initial state is missing or not one of its states.</summary>
    public static readonly DiagnosticDescriptor InvalidInitialState = Error("PLAT102", "Missing or unknown initial state", StateMachine);

    /// <summary>A transition to a state that does not exist.</summary>
    public static readonly DiagnosticDescriptor UnknownTarget = Error("PLAT104", "Unknown transition target", StateMachine);

    /// <summary>A state no path from the initial state reaches.</summary>
    public static readonly DiagnosticDescriptor UnreachableState = Warning("PLAT105", "Unreachable state", StateMachine);

    /// <summary>A terminal state with outgoing transitions.</summary>
    public static readonly DiagnosticDescriptor TerminalWithTransitions = Error("PLAT106", "Terminal state with transitions", StateMachine);

    /// <summary>A state machine for an entity the module does not have.</summary>
    public static readonly DiagnosticDescriptor UnknownMachineEntity = Error("PLAT107", "State machine for an unknown entity", StateMachine);

    /// <summary>The status field is missing, not an enum, or its values are not the machine's states.</summary>
    public static readonly DiagnosticDescriptor StatusFieldMismatch = Error("PLAT108", "Status field does not match the states", StateMachine);

    /// <summary>A guard reads a path the entity, actor or payload does not have.</summary>
    public static readonly DiagnosticDescriptor UnknownGuardPath = Error("PLAT109", "Guard on an unknown path", StateMachine);

    /// <summary>An entity names a state machine that does not exist, or two machines drive one entity.</summary>
    public static readonly DiagnosticDescriptor MachineBinding = Error("PLAT110", "Inconsistent state machine binding", StateMachine);

    /// <summary>An action that assigns an unknown or read-only field, or has no recognised kind.</summary>
    public static readonly DiagnosticDescriptor InvalidAction = Error("PLAT111", "Invalid action", StateMachine);

    /// <summary>Two entities map to one table.</summary>
    public static readonly DiagnosticDescriptor TableCollision = Error("PLAT201", "Table name collision", Naming);

    /// <summary>Two fields (or a field and a base column) map to one column.</summary>
    public static readonly DiagnosticDescriptor ColumnCollision = Error("PLAT202", "Column name collision", Naming);

    /// <summary>A generated GraphQL type name is taken twice.</summary>
    public static readonly DiagnosticDescriptor GraphQLTypeCollision = Error("PLAT203", "GraphQL type name collision", Naming);

    /// <summary>A generated GraphQL field (on an entity type or a root type) is taken twice.</summary>
    public static readonly DiagnosticDescriptor GraphQLFieldCollision = Error("PLAT204", "GraphQL field name collision", Naming);

    /// <summary>A generated SQL identifier longer than PostgreSQL's 63 bytes (it would be truncated silently).</summary>
    public static readonly DiagnosticDescriptor IdentifierTooLong = Error("PLAT205", "SQL identifier too long", Naming);

    /// <summary>Two enum values with the same GraphQL name (UPPER_SNAKE).</summary>
    public static readonly DiagnosticDescriptor EnumValueCollision = Error("PLAT206", "Enum value collision", Naming);

    /// <summary>Every descriptor, ordered by id.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        SyntaxError, UnknownProperty, MissingProperty, InvalidValue, UnknownFieldType, EnumWithoutValues, UnknownReference,
        DuplicateName, ReservedName, InvalidIdentifier, InvalidValidator, InvalidDefault, InvalidIndex, ModuleManifestMissing,
        UnrecognizedFile, InvalidRule, InvalidDependency, InvalidIndexPredicate, InvalidModuleIdentity, InvalidSchedule,
        NoStates, InvalidInitialState, UnknownTarget, UnreachableState, TerminalWithTransitions,
        UnknownMachineEntity, StatusFieldMismatch, UnknownGuardPath, MachineBinding, InvalidAction,
        TableCollision, ColumnCollision, GraphQLTypeCollision, GraphQLFieldCollision, IdentifierTooLong, EnumValueCollision,
    ];

    private static DiagnosticDescriptor Error(string id, string title, string category) => new(id, title, DiagnosticSeverity.Error, category);

    private static DiagnosticDescriptor Warning(string id, string title, string category) => new(id, title, DiagnosticSeverity.Warning, category);
}
