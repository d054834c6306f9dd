using Platform.GraphQL.Errors;
using Platform.GraphQL.Language.Syntax;
using Platform.GraphQL.Types.Scalars;

namespace Platform.GraphQL.Types;

/// <content>The two passes of a build: create every named type, then fill in fields, members and arguments.</content>
public sealed partial class SchemaBuilder
{
    private sealed partial class Assembly(SchemaBuilder builder, List<GraphQLError> errors)
    {
        private readonly Dictionary<string, TypeDefinitionNode> _definitions = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<TypeExtensionNode>> _extensions = new(StringComparer.Ordinal);
        private readonly Dictionary<string, DirectiveDefinitionNode> _directiveNodes = new(StringComparer.Ordinal);
        private readonly Dictionary<string, NamedType> _types = new(StringComparer.Ordinal);
        private readonly List<SchemaDefinitionNode> _schemaDefinitions = [];
        private readonly List<SchemaExtensionNode> _schemaExtensions = [];

        public Schema Run()
        {
            Collect();
            foreach (var scalar in BuiltInScalars.All)
            {
                _types[scalar.Name] = scalar;
            }

            foreach (var (name, definition) in _definitions)
            {
                _types[name] = Create(definition);
            }

            CheckExtensions();
            foreach (var (name, type) in _types)
            {
                Fill(type, _definitions.GetValueOrDefault(name), _extensions.GetValueOrDefault(name) ?? []);
            }

            var directives = BuildDirectives();
            var (query, mutation, subscription, description, applied) = RootTypes();
            foreach (var introspectionType in Introspection.IntrospectionTypes.All)
            {
                _types[introspectionType.Name] = introspectionType;
            }

            return new Schema(_types.Values, directives, query, mutation, subscription, description) { AppliedDirectives = applied };
        }

        private void Collect()
        {
            foreach (var definition in builder._documents.SelectMany(d => d.Definitions))
            {
                switch (definition)
                {
                    case TypeDefinitionNode type:
                        var name = TypeName(type).Value;
                        if (BuiltInScalars.IsBuiltIn(name) && type is ScalarTypeDefinitionNode)
                        {
                            continue; // redeclaring a standard scalar is harmless
                        }

                        if (!_definitions.TryAdd(name, type))
                        {
                            errors.Add(Error($"There can be only one type named \"{name}\".", TypeName(_definitions[name]), TypeName(type)));
                        }

                        break;
                    case TypeExtensionNode extension:
                        var extended = TypeName(extension).Value;
                        (_extensions.TryGetValue(extended, out var list) ? list : _extensions[extended] = []).Add(extension);
                        break;
                    case DirectiveDefinitionNode directive:
                        if (!_directiveNodes.TryAdd(directive.Name.Value, directive))
                        {
                            errors.Add(Error($"There can be only one directive named \"@{directive.Name.Value}\".", _directiveNodes[directive.Name.Value].Name, directive.Name));
                        }

                        break;
                    case SchemaDefinitionNode schema:
                        if (_schemaDefinitions.Count > 0)
                        {
                            errors.Add(Error("Must provide only one schema definition.", schema));
                        }

                        _schemaDefinitions.Add(schema);
                        break;
                    case SchemaExtensionNode schemaExtension:
                        _schemaExtensions.Add(schemaExtension);
                        break;
                    case ExecutableDefinitionNode executable:
                        errors.Add(Error("An SDL document cannot contain operations or fragments.", executable));
                        break;
                }
            }
        }

        private NamedType Create(TypeDefinitionNode definition)
        {
            var description = definition switch
            {
                ScalarTypeDefinitionNode n => n.Description?.Value,
                ObjectTypeDefinitionNode n => n.Description?.Value,
                InterfaceTypeDefinitionNode n => n.Description?.Value,
                UnionTypeDefinitionNode n => n.Description?.Value,
                EnumTypeDefinitionNode n => n.Description?.Value,
                InputObjectTypeDefinitionNode n => n.Description?.Value,
                _ => null,
            };
            var name = TypeName(definition).Value;
            return definition switch
            {
                ScalarTypeDefinitionNode => builder._scalars.TryGetValue(name, out var known)
                    ? known.WithName(name, description, null)
                    : new ScalarType(name, value => value, value => value is System.Text.Json.JsonElement json ? json.Clone() : value, literal => LiteralValue(literal), description),
                ObjectTypeDefinitionNode => new ObjectType(name, description) { IsTypeOf = builder._isTypeOf.GetValueOrDefault(name) },
                InterfaceTypeDefinitionNode => new InterfaceType(name, description) { ResolveType = builder._typeResolvers.GetValueOrDefault(name) },
                UnionTypeDefinitionNode => new UnionType(name, description) { ResolveType = builder._typeResolvers.GetValueOrDefault(name) },
                EnumTypeDefinitionNode => new EnumType(name, description),
                InputObjectTypeDefinitionNode => new InputObjectType(name, description),
                _ => throw new ArgumentException($"Unknown definition {definition.GetType().Name}.", nameof(definition)),
            };
        }

        // Extensions must extend a defined type of the same kind.
        private void CheckExtensions()
        {
            foreach (var (name, extensions) in _extensions)
            {
                foreach (var extension in extensions)
                {
                    if (!_types.TryGetValue(name, out var type))
                    {
                        errors.Add(Error($"Cannot extend type \"{name}\" because it is not defined.", TypeName(extension)));
                        continue;
                    }

                    var expected = extension switch
                    {
                        ScalarTypeExtensionNode => type is ScalarType,
                        ObjectTypeExtensionNode => type is ObjectType,
                        InterfaceTypeExtensionNode => type is InterfaceType,
                        UnionTypeExtensionNode => type is UnionType,
                        EnumTypeExtensionNode => type is EnumType,
                        InputObjectTypeExtensionNode => type is InputObjectType,
                        _ => false,
                    };
                    if (!expected)
                    {
                        errors.Add(Error($"Cannot extend non-{KindName(extension)} type \"{name}\".", _definitions.TryGetValue(name, out var d) ? d : null, extension));
                    }
                }
            }
        }

        internal static NameNode TypeName(SyntaxNode node) => node switch
        {
            ScalarTypeDefinitionNode n => n.Name,
            ObjectTypeDefinitionNode n => n.Name,
            InterfaceTypeDefinitionNode n => n.Name,
            UnionTypeDefinitionNode n => n.Name,
            EnumTypeDefinitionNode n => n.Name,
            InputObjectTypeDefinitionNode n => n.Name,
            ScalarTypeExtensionNode n => n.Name,
            ObjectTypeExtensionNode n => n.Name,
            InterfaceTypeExtensionNode n => n.Name,
            UnionTypeExtensionNode n => n.Name,
            EnumTypeExtensionNode n => n.Name,
            InputObjectTypeExtensionNode n => n.Name,
            _ => throw new ArgumentException($"{node.GetType().Name} has no type name.", nameof(node)),
        };

        private static string KindName(TypeExtensionNode extension) => extension switch
        {
            ScalarTypeExtensionNode => "scalar",
            ObjectTypeExtensionNode => "object",
            InterfaceTypeExtensionNode => "interface",
            UnionTypeExtensionNode => "union",
            EnumTypeExtensionNode => "enum",
            _ => "input object",
        };

        private static object? LiteralValue(ValueNode literal) => literal switch
        {
            NullValueNode => null,
            BooleanValueNode b => b.Value,
            StringValueNode s => s.Value,
            IntValueNode i => long.Parse(i.Value, System.Globalization.CultureInfo.InvariantCulture),
            FloatValueNode f => double.Parse(f.Value, System.Globalization.CultureInfo.InvariantCulture),
            EnumValueNode e => e.Value,
            ListValueNode l => l.Values.Select(LiteralValue).ToList(),
            ObjectValueNode o => o.Fields.ToDictionary(f => f.Name.Value, f => LiteralValue(f.Value), StringComparer.Ordinal),
            _ => null,
        };
    }
}
