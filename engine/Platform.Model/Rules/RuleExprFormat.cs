using Platform.Model.Values;

namespace Platform.Model.Rules;

/// <summary>
/// Converts rules to and from the seed's JSON shape, expressed as plain values (see
/// <see cref="PlainValue"/>) so that any JSON or YAML reader can feed it.
/// </summary>
public static class RuleExprFormat
{
    /// <summary>Reads a rule from its plain-value form.</summary>
    /// <exception cref="RuleFormatException">The value is not a rule; the message names the path.</exception>
    public static RuleExpr FromPlain(object? node, string path = "$")
    {
        if (PlainValue.From(node) is not ValueMap map)
        {
            throw new RuleFormatException(path, $"a rule must be an object, found {PlainValue.Describe(node)}.");
        }

        if (map.TryGetValue("and", out var and))
        {
            ExpectOnly(map, path, "and");
            return new AndRule(ReadList(and, path + ".and"));
        }

        if (map.TryGetValue("or", out var or))
        {
            ExpectOnly(map, path, "or");
            return new OrRule(ReadList(or, path + ".or"));
        }

        if (map.TryGetValue("not", out var not))
        {
            ExpectOnly(map, path, "not");
            return new NotRule(FromPlain(not, path + ".not"));
        }

        if (map.TryGetValue("ref", out var reference))
        {
            ExpectOnly(map, path, "ref");
            return new RefRule(ReadString(reference, path + ".ref"));
        }

        if (map.TryGetValue("template", out var template))
        {
            ExpectOnly(map, path, "template", "params");
            var parameters = map.TryGetValue("params", out var p) ? p as ValueMap ?? throw new RuleFormatException(path + ".params", "params must be an object.") : ValueMap.Empty;
            return new TemplateRule(ReadString(template, path + ".template"), parameters);
        }

        if (map.TryGetValue("field", out var field))
        {
            ExpectOnly(map, path, "field", "op", "value");
            var opName = map.TryGetValue("op", out var o) ? ReadString(o, path + ".op") : throw new RuleFormatException(path, "a leaf rule needs an 'op'.");
            if (!RuleOps.TryParse(opName, out var op))
            {
                throw new RuleFormatException(path + ".op", $"unknown operator '{opName}'. Known operators: {string.Join(", ", RuleOps.All)}.");
            }

            map.TryGetValue("value", out var value);
            if (!map.ContainsKey("value") && !RuleOps.IsUnary(op))
            {
                throw new RuleFormatException(path, $"operator '{opName}' needs a 'value'.");
            }

            return new LeafRule(ReadString(field, path + ".field"), op, ReadValue(value));
        }

        throw new RuleFormatException(path, "a rule needs one of 'field', 'and', 'or', 'not', 'ref' or 'template'.");
    }

    /// <summary>Writes a rule in its plain-value form (the inverse of <see cref="FromPlain"/>).</summary>
    public static ValueMap ToPlain(RuleExpr rule) => rule switch
    {
        LeafRule leaf when RuleOps.IsUnary(leaf.Op) && leaf.Value is null => ValueMap.Of(("field", leaf.Field), ("op", RuleOps.NameOf(leaf.Op))),
        LeafRule leaf => ValueMap.Of(("field", leaf.Field), ("op", RuleOps.NameOf(leaf.Op)), ("value", WriteValue(leaf.Value))),
        AndRule and => ValueMap.Of(("and", new ValueList(and.Rules.Select(ToPlain)))),
        OrRule or => ValueMap.Of(("or", new ValueList(or.Rules.Select(ToPlain)))),
        NotRule not => ValueMap.Of(("not", ToPlain(not.Rule))),
        RefRule reference => ValueMap.Of(("ref", reference.Id)),
        TemplateRule template => ValueMap.Of(("template", template.Template), ("params", template.Params)),
        _ => throw new ArgumentException($"Unknown rule type {rule.GetType().Name}.", nameof(rule)),
    };

    private static object? ReadValue(object? value) => value switch
    {
        ValueMap map when map.Count == 1 && map.TryGetValue("ref", out var path) && path is string p => new ValueRef(p),
        ValueMap map when map.Count == 1 && map.TryGetValue("param", out var name) && name is string n => new ParamRef(n),
        ValueList list => new ValueList(list.Select(ReadValue)),
        _ => value,
    };

    private static object? WriteValue(object? value) => value switch
    {
        ValueRef reference => ValueMap.Of(("ref", reference.Path)),
        ParamRef parameter => ValueMap.Of(("param", parameter.Name)),
        ValueList list => new ValueList(list.Select(WriteValue)),
        _ => value,
    };

    private static RuleExpr[] ReadList(object? node, string path) =>
        node is ValueList list
            ? list.Select((item, i) => FromPlain(item, $"{path}[{i}]")).ToArray()
            : throw new RuleFormatException(path, $"expected a list of rules, found {PlainValue.Describe(node)}.");

    private static string ReadString(object? node, string path) =>
        node as string ?? throw new RuleFormatException(path, $"expected a string, found {PlainValue.Describe(node)}.");

    private static void ExpectOnly(ValueMap map, string path, params string[] allowed)
    {
        var extra = map.Keys.FirstOrDefault(k => !allowed.Contains(k));
        if (extra is not null)
        {
            throw new RuleFormatException(path, $"unexpected key '{extra}' beside '{allowed[0]}'.");
        }
    }
}
