using System.Globalization;
using Platform.Core.Repositories;
using Platform.Model.Definitions;
using Platform.Model.Naming;
using Platform.Model.Values;

namespace Platform.Postgres.Repositories;

/// <content>Rows as JSON (<c>to_jsonb</c> of a written row, carried by events) back into records.</content>
public sealed partial class EntityTable
{
    private readonly Func<IReadOnlyDictionary<string, object?>, object?>[] _rowReaders;

    /// <summary>
    /// The record of a row given as plain JSON values by column name (PostgreSQL's <c>to_jsonb</c> of a
    /// row selected with <see cref="SelectList"/>), with the same value types <see cref="Read"/> produces.
    /// </summary>
    public EntityRecord FromRow(IReadOnlyDictionary<string, object?> row)
    {
        var fields = new Dictionary<string, object?>(_keys.Length, StringComparer.Ordinal);
        for (var i = 0; i < _keys.Length; i++)
        {
            fields[_keys[i]] = _rowReaders[i](row);
        }

        var id = row.GetValueOrDefault("id") as string ?? "";
        return new EntityRecord(Entity.Name, id, Entity.TenantRoot ? id : row.GetValueOrDefault("organization_id") as string ?? "",
            (int)(Integer(row.GetValueOrDefault("version")) ?? 0), Instant(row.GetValueOrDefault("created_at")) ?? default, Instant(row.GetValueOrDefault("updated_at")) ?? default)
        {
            DeletedAt = Instant(row.GetValueOrDefault("deleted_at")),
            Meta = row.GetValueOrDefault("meta") as ValueMap ?? ValueMap.Empty,
            Fields = fields,
        };
    }

    private static Func<IReadOnlyDictionary<string, object?>, object?> RowReader(FieldDefinition field)
    {
        if (field.Type == FieldType.Money)
        {
            var amount = SqlNames.MoneyAmount(field.Key);
            var currency = SqlNames.MoneyCurrency(field.Key);
            return row => Integer(row.GetValueOrDefault(amount)) is { } a && row.GetValueOrDefault(currency) is string c ? ValueMap.Of(("amount", a), ("currency", c)) : null;
        }

        var column = SqlNames.Column(field.Key);
        return field.Type switch
        {
            FieldType.Integer => row => Integer(row.GetValueOrDefault(column)),
            FieldType.Number => row => row.GetValueOrDefault(column) is { } n ? Convert.ToDouble(n, CultureInfo.InvariantCulture) : null,
            FieldType.Decimal => row => row.GetValueOrDefault(column) is { } n ? Convert.ToDecimal(n, CultureInfo.InvariantCulture) : null,
            FieldType.Date => row => Instant(row.GetValueOrDefault(column)),
            FieldType.RefList => row => row.GetValueOrDefault(column) is ValueList list ? new ValueList(list.Select(v => (object?)Convert.ToString(v, CultureInfo.InvariantCulture))) : null,
            _ => row => row.GetValueOrDefault(column),
        };
    }

    private static long? Integer(object? value) => value is null ? null : Convert.ToInt64(value, CultureInfo.InvariantCulture);

    private static DateTimeOffset? Instant(object? value) => value switch
    {
        DateTimeOffset d => d,
        string s => DateTimeOffset.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
        _ => null,
    };
}
