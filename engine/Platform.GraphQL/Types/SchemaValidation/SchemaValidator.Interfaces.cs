using Platform.GraphQL.Errors;

namespace Platform.GraphQL.Types.SchemaValidation;

/// <content>Interface implementation rules (spec § 3.6 "IsValidImplementation").</content>
public static partial class SchemaValidator
{
    private static void ValidateInterfaces(Schema schema, IFieldsType type, List<GraphQLError> errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var @interface in type.Interfaces)
        {
            if (@interface.Name == type.Name)
            {
                errors.Add(Error($"Type {type.Name} cannot implement itself because it would create a circular reference.", ((NamedType)type).FirstAstNode));
                continue;
            }

            if (!seen.Add(@interface.Name))
            {
                errors.Add(Error($"Type {type.Name} can only implement {@interface.Name} once.", ((NamedType)type).FirstAstNode));
                continue;
            }

            // An implementation must also implement what its interfaces implement (transitively).
            foreach (var transitive in @interface.Interfaces.Where(t => type.Interfaces.All(i => i.Name != t.Name)))
            {
                errors.Add(Error(
                    transitive.Name == type.Name
                        ? $"Type {type.Name} cannot implement {@interface.Name} because it would create a circular reference."
                        : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {@interface.Name}.",
                    ((NamedType)type).FirstAstNode));
            }

            ValidateImplementation(schema, type, @interface, errors);
        }
    }

    private static void ValidateImplementation(Schema schema, IFieldsType type, InterfaceType @interface, List<GraphQLError> errors)
    {
        foreach (var interfaceField in @interface.Fields.Values)
        {
            if (!type.Fields.TryGetValue(interfaceField.Name, out var field))
            {
                errors.Add(Error($"Interface field {@interface.Name}.{interfaceField.Name} expected but {type.Name} does not provide it.", interfaceField.AstNode, ((NamedType)type).FirstAstNode));
                continue;
            }

            // Field types are covariant: the implementation may be a subtype.
            if (!IsTypeSubTypeOf(schema, field.Type, interfaceField.Type))
            {
                errors.Add(Error($"Interface field {@interface.Name}.{interfaceField.Name} expects type {interfaceField.Type} but {type.Name}.{field.Name} is type {field.Type}.", interfaceField.AstNode?.Type, field.AstNode?.Type));
            }

            foreach (var interfaceArgument in interfaceField.Arguments)
            {
                var argument = field.FindArgument(interfaceArgument.Name);
                if (argument is null)
                {
                    errors.Add(Error($"Interface field argument {@interface.Name}.{interfaceField.Name}({interfaceArgument.Name}:) expected but {type.Name}.{field.Name} does not provide it.", interfaceArgument.AstNode, field.AstNode));
                    continue;
                }

                // Argument types are invariant.
                if (!argument.Type.IsEqualTo(interfaceArgument.Type))
                {
                    errors.Add(Error($"Interface field argument {@interface.Name}.{interfaceField.Name}({interfaceArgument.Name}:) expects type {interfaceArgument.Type} but {type.Name}.{field.Name}({argument.Name}:) is type {argument.Type}.", interfaceArgument.AstNode?.Type, argument.AstNode?.Type));
                }
            }

            foreach (var extra in field.Arguments.Where(a => a.IsRequired && interfaceField.FindArgument(a.Name) is null))
            {
                errors.Add(Error($"Argument \"{type.Name}.{field.Name}({extra.Name}:)\" must not be required type \"{extra.Type}\" if not provided by the Interface field \"{@interface.Name}.{interfaceField.Name}\".", extra.AstNode, interfaceField.AstNode));
            }
        }
    }

    /// <summary>Whether <paramref name="maybeSubType"/> may stand where <paramref name="superType"/> is expected (spec "IsSubType"/"IsValidImplementationFieldType").</summary>
    internal static bool IsTypeSubTypeOf(Schema schema, GraphQLType maybeSubType, GraphQLType superType) => (maybeSubType, superType) switch
    {
        _ when maybeSubType.IsEqualTo(superType) => true,
        (NonNullType sub, NonNullType super) => IsTypeSubTypeOf(schema, sub.OfType, super.OfType),
        (NonNullType sub, _) => IsTypeSubTypeOf(schema, sub.OfType, superType),
        (_, NonNullType) => false,
        (ListType sub, ListType super) => IsTypeSubTypeOf(schema, sub.OfType, super.OfType),
        (ListType, _) or (_, ListType) => false,
        (NamedType sub, NamedType super) => super is InterfaceType or UnionType && schema.IsSubType(super, sub),
        _ => false,
    };
}
