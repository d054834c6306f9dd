namespace Platform.GraphQL.Types;

/// <summary>An object or interface type: a type with fields that may implement interfaces.</summary>
public interface IFieldsType
{
    /// <summary>The name.</summary>
    string Name { get; }

    /// <summary>The fields by name, in definition order.</summary>
    IReadOnlyDictionary<string, FieldDefinition> Fields { get; }

    /// <summary>The interfaces it implements.</summary>
    IReadOnlyList<InterfaceType> Interfaces { get; }
}
