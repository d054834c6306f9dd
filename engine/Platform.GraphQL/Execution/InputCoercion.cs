using System.Collections;
using System.Globalization;
using System.Text.Json;
using Platform.GraphQL.Language;
using Platform.GraphQL.Language.Syntax;
using Platform.GraphQL.Types;
using Platform.GraphQL.Utilities;

namespace Platform.GraphQL.Execution;

/// <summary>
/// Input coercion (spec § 3.5 / § 3.10 "Input Coercion"): variable values from JSON
/// (<see cref="CoerceInputValue"/>) and literals in the document (<see cref="ValueFromAst"/>).
/// </summary>
public static class InputCoercion
{
    /// <summary>Marks a literal that does not coerce (graphql-js returns <c>undefined</c>).</summary>
    public static readonly object Invalid = new();

    /// <summary>Coerces a variable value; reports each problem with its path inside the value.</summary>
    public static object? CoerceInputValue(object? value, GraphQLType type, Action<IReadOnlyList<object>, object?, string> onError, List<object>? path = null)
    {
        path ??= [];
        value = Unwrap(value);
        if (type is NonNullType nonNull)
        {
            if (value is null)
            {
                onError(path, value, $"Expected non-nullable type \"{type}\" not to be null.");
                return null;
            }

            return CoerceInputValue(value, nonNull.OfType, onError, path);
        }

        if (value is null)
        {
            return null;
        }

        switch (type)
        {
            case ListType list:
                if (value is IEnumerable items and not string and not IDictionary and not IReadOnlyDictionary<string, object?>)
                {
                    var result = new List<object?>();
                    var index = 0;
                    foreach (var item in items)
                    {
                        result.Add(CoerceInputValue(item, list.OfType, onError, [.. path, index++]));
                    }

                    return result;
                }

                return new List<object?> { CoerceInputValue(value, list.OfType, onError, path) };
            case InputObjectType input:
                return CoerceInputObject(value, input, onError, path);
            case EnumType @enum:
                if (value is string name && @enum.Values.TryGetValue(name, out var enumValue))
                {
                    return enumValue.Value;
                }

                var suggestions = value is string text ? Suggestions.For(text, @enum.Values.Keys) : [];
                onError(path, value, $"Value {ValueInspector.Inspect(value)} does not exist in \"{@enum.Name}\" enum.{Suggestions.DidYouMean(suggestions, "the enum value")}");
                return null;
            case ScalarType scalar:
                try
                {
                    return scalar.ParseValue(value);
                }
                catch (ScalarCoercionException exception)
                {
                    onError(path, value, exception.Message);
                    return null;
                }

            default:
                onError(path, value, $"Expected type \"{type}\" to be an input type.");
                return null;
        }
    }

    private static Dictionary<string, object?>? CoerceInputObject(object value, InputObjectType input, Action<IReadOnlyList<object>, object?, string> onError, List<object> path)
    {
        if (value is not IReadOnlyDictionary<string, object?> map)
        {
            onError(path, value, $"Expected type \"{input.Name}\" to be an object.");
            return null;
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in input.Fields.Values)
        {
            if (map.TryGetValue(field.Name, out var fieldValue))
            {
                result[field.Name] = CoerceInputValue(fieldValue, field.Type, onError, [.. path, field.Name]);
            }
            else if (field.DefaultValue is not null)
            {
                result[field.Name] = ValueFromAst(field.DefaultValue, field.Type, null);
            }
            else if (field.Type is NonNullType)
            {
                onError(path, value, $"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided.");
            }
        }

        foreach (var key in map.Keys.Where(k => !input.Fields.ContainsKey(k)))
        {
            onError(path, value, $"Field \"{key}\" is not defined by type \"{input.Name}\".{Suggestions.DidYouMean(Suggestions.For(key, input.Fields.Keys))}");
        }

        if (input.IsOneOf)
        {
            if (map.Count != 1)
            {
                onError(path, value, $"Exactly one key must be specified for OneOf type \"{input.Name}\".");
            }
            else if (map.Values.Single() is null)
            {
                onError([.. path, map.Keys.Single()], null, $"Field \"{map.Keys.Single()}\" must be non-null.");
            }
        }

        return result;
    }

    /// <summary>
    /// Coerces a literal (spec "CoerceArgumentValues"/"ValueFromAST"); returns <see cref="Invalid"/>
    /// when it does not fit the type. A variable that is not provided inside a list or object is null.
    /// </summary>
    public static object? ValueFromAst(ValueNode node, GraphQLType type, IReadOnlyDictionary<string, object?>? variables)
    {
        if (node is VariableNode variable)
        {
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out var variableValue))
            {
                return Invalid;
            }

            return variableValue is null && type is NonNullType ? Invalid : variableValue;
        }

        if (type is NonNullType nonNull)
        {
            return node is NullValueNode ? Invalid : ValueFromAst(node, nonNull.OfType, variables);
        }

        if (node is NullValueNode)
        {
            return null;
        }

        switch (type)
        {
            case ListType list:
                if (node is ListValueNode listNode)
                {
                    var items = new List<object?>();
                    foreach (var itemNode in listNode.Values)
                    {
                        if (IsMissingVariable(itemNode, variables))
                        {
                            if (list.OfType is NonNullType)
                            {
                                return Invalid;
                            }

                            items.Add(null);
                            continue;
                        }

                        var item = ValueFromAst(itemNode, list.OfType, variables);
                        if (item == Invalid)
                        {
                            return Invalid;
                        }

                        items.Add(item);
                    }

                    return items;
                }

                var single = ValueFromAst(node, list.OfType, variables);
                return single == Invalid ? Invalid : new List<object?> { single };
            case InputObjectType input:
                return InputObjectFromAst(node, input, variables);
            case EnumType @enum:
                return node is EnumValueNode enumNode && @enum.Values.TryGetValue(enumNode.Value, out var value) ? value.Value : Invalid;
            case ScalarType scalar:
                try
                {
                    return ContainsVariables(node) ? scalar.ParseValue(UntypedValue(node, variables)) : scalar.ParseLiteral(node);
                }
                catch (ScalarCoercionException)
                {
                    return Invalid;
                }

            default:
                return Invalid;
        }
    }

    private static object? InputObjectFromAst(ValueNode node, InputObjectType input, IReadOnlyDictionary<string, object?>? variables)
    {
        if (node is not ObjectValueNode objectNode)
        {
            return Invalid;
        }

        var fieldNodes = objectNode.Fields.ToDictionary(f => f.Name.Value, f => f.Value, StringComparer.Ordinal);
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in input.Fields.Values)
        {
            if (!fieldNodes.TryGetValue(field.Name, out var fieldNode) || IsMissingVariable(fieldNode, variables))
            {
                if (field.DefaultValue is not null)
                {
                    result[field.Name] = ValueFromAst(field.DefaultValue, field.Type, null);
                }
                else if (field.Type is NonNullType)
                {
                    return Invalid;
                }

                continue;
            }

            var value = ValueFromAst(fieldNode, field.Type, variables);
            if (value == Invalid)
            {
                return Invalid;
            }

            result[field.Name] = value;
        }

        if (fieldNodes.Keys.Any(k => !input.Fields.ContainsKey(k)))
        {
            return Invalid;
        }

        if (input.IsOneOf && (result.Count != 1 || result.Values.Single() is null))
        {
            return Invalid;
        }

        return result;
    }

    /// <summary>A literal as a plain value, variables substituted (for JSON-like scalars).</summary>
    public static object? UntypedValue(ValueNode node, IReadOnlyDictionary<string, object?>? variables) => node switch
    {
        NullValueNode => null,
        BooleanValueNode b => b.Value,
        StringValueNode s => s.Value,
        IntValueNode i => long.TryParse(i.Value, CultureInfo.InvariantCulture, out var l) ? l : double.Parse(i.Value, CultureInfo.InvariantCulture),
        FloatValueNode f => double.Parse(f.Value, CultureInfo.InvariantCulture),
        EnumValueNode e => e.Value,
        ListValueNode list => list.Values.Select(v => UntypedValue(v, variables)).ToList(),
        ObjectValueNode obj => obj.Fields.ToDictionary(f => f.Name.Value, f => UntypedValue(f.Value, variables), StringComparer.Ordinal),
        VariableNode v => variables?.GetValueOrDefault(v.Name.Value),
        _ => null,
    };

    /// <summary>Normalises a JSON element into plain values (maps, lists, strings, numbers, booleans).</summary>
    public static object? Unwrap(object? value) => value switch
    {
        JsonElement json => json.ValueKind switch
        {
            JsonValueKind.Object => json.EnumerateObject().ToDictionary(p => p.Name, p => Unwrap(p.Value), StringComparer.Ordinal),
            JsonValueKind.Array => json.EnumerateArray().Select(e => Unwrap(e)).ToList(),
            JsonValueKind.String => json.GetString(),
            JsonValueKind.Number => json.TryGetInt64(out var l) ? l : json.GetDouble(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => null,
        },
        IDictionary<string, object?> map when value is not IReadOnlyDictionary<string, object?> => new Dictionary<string, object?>(map, StringComparer.Ordinal),
        _ => value,
    };

    private static bool IsMissingVariable(ValueNode node, IReadOnlyDictionary<string, object?>? variables) =>
        node is VariableNode v && (variables is null || !variables.ContainsKey(v.Name.Value));

    private static bool ContainsVariables(ValueNode node) => node switch
    {
        VariableNode => true,
        ListValueNode list => list.Values.Any(ContainsVariables),
        ObjectValueNode obj => obj.Fields.Any(f => ContainsVariables(f.Value)),
        _ => false,
    };

    /// <summary>The literal as it prints, for messages.</summary>
    public static string Print(ValueNode node) => SyntaxPrinter.Print(node);
}
