using Platform.GraphQL.Errors;

namespace Platform.GraphQL.Types.SchemaValidation;

/// <summary>
/// Finds input objects that reference themselves through non-null fields only, which no finite
/// value could satisfy (spec § 3.10 "Circular References"; graphql-js <c>createInputObjectCircularRefsValidator</c>).
/// </summary>
internal sealed class InputCycleDetector(List<GraphQLError> errors)
{
    private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
    private readonly List<InputValueDefinition> _path = [];
    private readonly Dictionary<string, int> _pathIndexByType = new(StringComparer.Ordinal);

    public void Check(InputObjectType input)
    {
        if (!_visited.Add(input.Name))
        {
            return;
        }

        _pathIndexByType[input.Name] = _path.Count;
        foreach (var field in input.Fields.Values)
        {
            if (field.Type is NonNullType { OfType: InputObjectType fieldType })
            {
                _path.Add(field);
                if (!_pathIndexByType.TryGetValue(fieldType.Name, out var cycleIndex))
                {
                    Check(fieldType);
                }
                else
                {
                    var cycle = _path.Skip(cycleIndex).ToList();
                    errors.Add(SchemaValidator.Error(
                        $"Cannot reference Input Object \"{fieldType.Name}\" within itself through a series of non-null fields: \"{string.Join(".", cycle.Select(f => f.Name))}\".",
                        [.. cycle.Select(f => f.AstNode)]));
                }

                _path.RemoveAt(_path.Count - 1);
            }
        }

        _pathIndexByType.Remove(input.Name);
    }
}
