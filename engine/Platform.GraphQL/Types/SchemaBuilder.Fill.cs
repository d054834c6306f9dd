using Platform.GraphQL.Language.Syntax;
using Platform.GraphQL.Utilities;

namespace Platform.GraphQL.Types;

/// <content>Second pass: fields, members, values, arguments and directives.</content>
public sealed partial class SchemaBuilder
{
    private sealed partial class Assembly
    {
        private void Fill(NamedType type, TypeDefinitionNode? definition, List<TypeExtensionNode> extensions)
        {
            var nodes = new List<SyntaxNode>();
            if (definition is not null)
            {
                nodes.Add(definition);
            }

            nodes.AddRange(extensions);
            type.AstNodes = nodes;
            type.AppliedDirectives = nodes.SelectMany(DirectivesOf).ToList();
            switch (type)
            {
                case ObjectType @object:
                    @object.Fields = Fields(@object.Name, nodes.SelectMany(FieldNodesOf));
                    @object.Interfaces = nodes.SelectMany(InterfaceNodesOf).Select(ResolveNamed).OfType<InterfaceType>().ToList();
                    CheckInterfaceNames(@object.Name, nodes.SelectMany(InterfaceNodesOf));
                    foreach (var field in @object.Fields.Values)
                    {
                        field.Resolver = builder._resolvers.GetValueOrDefault((@object.Name, field.Name));
                        field.Subscriber = builder._subscribers.GetValueOrDefault((@object.Name, field.Name));
                    }

                    break;
                case InterfaceType @interface:
                    @interface.Fields = Fields(@interface.Name, nodes.SelectMany(FieldNodesOf));
                    @interface.Interfaces = nodes.SelectMany(InterfaceNodesOf).Select(ResolveNamed).OfType<InterfaceType>().ToList();
                    CheckInterfaceNames(@interface.Name, nodes.SelectMany(InterfaceNodesOf));
                    break;
                case UnionType union:
                    var members = nodes.SelectMany(n => n switch
                    {
                        UnionTypeDefinitionNode d => d.Types,
                        UnionTypeExtensionNode e => e.Types,
                        _ => [],
                    }).ToList();
                    // Non-object members are left out here and reported by the schema validator.
                    union.Types = members.Select(m => ResolveNamed(m)).OfType<ObjectType>().ToList();

                    break;
                case EnumType @enum:
                    @enum.SetValues(EnumValues(@enum.Name, nodes.SelectMany(n => n switch
                    {
                        EnumTypeDefinitionNode d => d.Values,
                        EnumTypeExtensionNode e => e.Values,
                        _ => [],
                    })));
                    break;
                case InputObjectType input:
                    input.Fields = InputFields(input.Name, nodes.SelectMany(n => n switch
                    {
                        InputObjectTypeDefinitionNode d => d.Fields,
                        InputObjectTypeExtensionNode e => e.Fields,
                        _ => [],
                    }));
                    input.IsOneOf = type.AppliedDirectives.Any(d => d.Name.Value == "oneOf");
                    break;
                case ScalarType scalar:
                    var specifiedBy = type.AppliedDirectives.FirstOrDefault(d => d.Name.Value == "specifiedBy");
                    if (specifiedBy?.Arguments.FirstOrDefault(a => a.Name.Value == "url")?.Value is StringValueNode url)
                    {
                        scalar.SpecifiedByUrl = url.Value;
                    }

                    break;
            }

            foreach (var (key, _) in builder._resolvers.Where(r => r.Key.Type == type.Name))
            {
                if (type is not ObjectType o || !o.Fields.ContainsKey(key.Field))
                {
                    errors.Add(Error($"A resolver is bound to \"{key.Type}.{key.Field}\", which the schema does not define."));
                }
            }
        }

        private Dictionary<string, FieldDefinition> Fields(string typeName, IEnumerable<FieldDefinitionNode> nodes)
        {
            var fields = new Dictionary<string, FieldDefinition>(StringComparer.Ordinal);
            foreach (var node in nodes)
            {
                if (fields.TryGetValue(node.Name.Value, out var existing))
                {
                    errors.Add(Error($"Field \"{typeName}.{node.Name.Value}\" can only be defined once.", existing.AstNode?.Name, node.Name));
                    continue;
                }

                var type = ResolveType(node.Type) ?? Placeholder();
                fields[node.Name.Value] = new FieldDefinition(node.Name.Value, type)
                {
                    Description = node.Description?.Value,
                    DeprecationReason = Deprecation(node.Directives),
                    AstNode = node,
                    Arguments = Arguments($"{typeName}.{node.Name.Value}", node.Arguments),
                };
            }

            return fields;
        }

        private List<InputValueDefinition> Arguments(string owner, IReadOnlyList<InputValueDefinitionNode> nodes)
        {
            var arguments = new List<InputValueDefinition>();
            foreach (var node in nodes)
            {
                if (arguments.Any(a => a.Name == node.Name.Value))
                {
                    errors.Add(Error($"Argument \"{owner}({node.Name.Value}:)\" can only be defined once.", arguments.First(a => a.Name == node.Name.Value).AstNode?.Name, node.Name));
                    continue;
                }

                arguments.Add(InputValue(node));
            }

            return arguments;
        }

        private Dictionary<string, InputValueDefinition> InputFields(string typeName, IEnumerable<InputValueDefinitionNode> nodes)
        {
            var fields = new Dictionary<string, InputValueDefinition>(StringComparer.Ordinal);
            foreach (var node in nodes)
            {
                if (fields.TryGetValue(node.Name.Value, out var existing))
                {
                    errors.Add(Error($"Field \"{typeName}.{node.Name.Value}\" can only be defined once.", existing.AstNode?.Name, node.Name));
                    continue;
                }

                fields[node.Name.Value] = InputValue(node);
            }

            return fields;
        }

        private InputValueDefinition InputValue(InputValueDefinitionNode node) =>
            new(node.Name.Value, ResolveType(node.Type) ?? Placeholder())
            {
                Description = node.Description?.Value,
                DefaultValue = node.DefaultValue,
                DeprecationReason = Deprecation(node.Directives),
                AstNode = node,
            };

        private List<EnumValueDefinition> EnumValues(string typeName, IEnumerable<EnumValueDefinitionNode> nodes)
        {
            var internalValues = builder._enumValues.GetValueOrDefault(typeName);
            var values = new List<EnumValueDefinition>();
            foreach (var node in nodes)
            {
                if (values.Any(v => v.Name == node.Name.Value))
                {
                    errors.Add(Error($"Enum value \"{typeName}.{node.Name.Value}\" can only be defined once.", node.Name));
                    continue;
                }

                values.Add(new EnumValueDefinition(node.Name.Value)
                {
                    Value = internalValues?.GetValueOrDefault(node.Name.Value) ?? node.Name.Value,
                    Description = node.Description?.Value,
                    DeprecationReason = Deprecation(node.Directives),
                });
            }

            return values;
        }

        private void CheckInterfaceNames(string typeName, IEnumerable<NamedTypeNode> interfaces)
        {
            foreach (var node in interfaces.Where(i => _types.TryGetValue(i.Name.Value, out var t) && t is not InterfaceType))
            {
                errors.Add(Error($"Type {typeName} must only implement Interface types, it cannot implement {node.Name.Value}.", node));
            }
        }

        private GraphQLType? ResolveType(TypeNode node) => node switch
        {
            NonNullTypeNode n => ResolveType(n.Type) is { } inner ? new NonNullType(inner) : null,
            ListTypeNode l => ResolveType(l.Type) is { } item ? new ListType(item) : null,
            NamedTypeNode named => ResolveNamed(named),
            _ => null,
        };

        private NamedType? ResolveNamed(NamedTypeNode node)
        {
            if (_types.TryGetValue(node.Name.Value, out var type))
            {
                return type;
            }

            var suggestions = Suggestions.For(node.Name.Value, _types.Keys);
            errors.Add(Error($"Unknown type \"{node.Name.Value}\".{Suggestions.DidYouMean(suggestions)}", node));
            return null;
        }

        // Placeholder type for references that failed to resolve (an error is already recorded).
        private static ScalarType Placeholder() => Scalars.BuiltInScalars.String;

        private static string? Deprecation(IReadOnlyList<DirectiveNode> directives)
        {
            var deprecated = directives.FirstOrDefault(d => d.Name.Value == "deprecated");
            if (deprecated is null)
            {
                return null;
            }

            return deprecated.Arguments.FirstOrDefault(a => a.Name.Value == "reason")?.Value is StringValueNode reason ? reason.Value : SpecifiedDirectives.DefaultDeprecationReason;
        }

        private static IEnumerable<FieldDefinitionNode> FieldNodesOf(SyntaxNode node) => node switch
        {
            ObjectTypeDefinitionNode n => n.Fields,
            ObjectTypeExtensionNode n => n.Fields,
            InterfaceTypeDefinitionNode n => n.Fields,
            InterfaceTypeExtensionNode n => n.Fields,
            _ => [],
        };

        private static IEnumerable<NamedTypeNode> InterfaceNodesOf(SyntaxNode node) => node switch
        {
            ObjectTypeDefinitionNode n => n.Interfaces,
            ObjectTypeExtensionNode n => n.Interfaces,
            InterfaceTypeDefinitionNode n => n.Interfaces,
            InterfaceTypeExtensionNode n => n.Interfaces,
            _ => [],
        };

        private static IEnumerable<DirectiveNode> DirectivesOf(SyntaxNode node) => node switch
        {
            ScalarTypeDefinitionNode n => n.Directives,
            ObjectTypeDefinitionNode n => n.Directives,
            InterfaceTypeDefinitionNode n => n.Directives,
            UnionTypeDefinitionNode n => n.Directives,
            EnumTypeDefinitionNode n => n.Directives,
            InputObjectTypeDefinitionNode n => n.Directives,
            ScalarTypeExtensionNode n => n.Directives,
            ObjectTypeExtensionNode n => n.Directives,
            InterfaceTypeExtensionNode n => n.Directives,
            UnionTypeExtensionNode n => n.Directives,
            EnumTypeExtensionNode n => n.Directives,
            InputObjectTypeExtensionNode n => n.Directives,
            _ => [],
        };

        private List<DirectiveDefinition> BuildDirectives()
        {
            var directives = _directiveNodes.Values.Select(node => new DirectiveDefinition(node.Name.Value)
            {
                Description = node.Description?.Value,
                Locations = node.Locations.Select(l => l.Value).ToList(),
                IsRepeatable = node.Repeatable,
                Arguments = Arguments("@" + node.Name.Value, node.Arguments),
            }).ToList();
            directives.AddRange(SpecifiedDirectives.All.Where(d => !_directiveNodes.ContainsKey(d.Name)));
            return directives;
        }

        private (ObjectType? Query, ObjectType? Mutation, ObjectType? Subscription, string? Description, List<DirectiveNode> Applied) RootTypes()
        {
            var operations = _schemaDefinitions.SelectMany(s => s.OperationTypes).Concat(_schemaExtensions.SelectMany(s => s.OperationTypes)).ToList();
            var roots = new Dictionary<OperationType, ObjectType?>();
            if (_schemaDefinitions.Count == 0 && operations.Count == 0)
            {
                roots[OperationType.Query] = _types.GetValueOrDefault("Query") as ObjectType;
                roots[OperationType.Mutation] = _types.GetValueOrDefault("Mutation") as ObjectType;
                roots[OperationType.Subscription] = _types.GetValueOrDefault("Subscription") as ObjectType;
            }

            foreach (var operation in operations)
            {
                if (roots.ContainsKey(operation.Operation))
                {
                    errors.Add(Error($"Type for {operation.Operation.ToString().ToLowerInvariant()} already defined in the schema. It cannot be redefined.", operation));
                    continue;
                }

                var type = ResolveNamed(operation.Type);
                if (type is not null and not ObjectType)
                {
                    errors.Add(Error($"{operation.Operation} root type must be Object type, it cannot be {type.Name}.", operation.Type));
                }

                roots[operation.Operation] = type as ObjectType;
            }

            var applied = _schemaDefinitions.SelectMany(s => s.Directives).Concat(_schemaExtensions.SelectMany(s => s.Directives)).ToList();
            return (roots.GetValueOrDefault(OperationType.Query), roots.GetValueOrDefault(OperationType.Mutation), roots.GetValueOrDefault(OperationType.Subscription), _schemaDefinitions.FirstOrDefault()?.Description?.Value, applied);
        }
    }
}
