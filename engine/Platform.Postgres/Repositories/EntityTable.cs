using System.Globalization;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using Platform.Core.Primitives;
using Platform.Core.Repositories;
using Platform.Core.Rules;
using Platform.Core.Serialization;
using Platform.Model.Definitions;
using Platform.Model.Naming;
using Platform.Model.Schema;
using Platform.Model.Values;

namespace Platform.Postgres.Repositories;

/// <summary>
/// How one entity maps to its table, built once per entity: the select list, a row reader made of
/// one delegate per column (no reflection per row), and typed parameters for each field.
/// </summary>
public sealed partial class EntityTable
{
    private readonly Func<NpgsqlDataReader, int, object?>[] _readers;
    private readonly int[] _ordinals;
    private readonly string[] _keys;
    private readonly FieldLayout _layout;

    /// <summary>Builds the mapping of <paramref name="entity"/> in <paramref name="module"/>.</summary>
    public EntityTable(ModuleDefinition module, EntityDefinition entity)
    {
        Module = module;
        Entity = entity;
        Table = SqlNames.Table(module, entity);
        var columns = new List<string>(SqlNames.BaseColumns.Where(c => !entity.TenantRoot || c != "organization_id"));
        var readers = new List<Func<NpgsqlDataReader, int, object?>>();
        var keys = new List<string>();
        foreach (var field in entity.Fields)
        {
            keys.Add(field.Key);
            if (field.Type == FieldType.Money)
            {
                columns.Add(SqlNames.MoneyAmount(field.Key));
                columns.Add(SqlNames.MoneyCurrency(field.Key));
                readers.Add(static (r, i) => r.IsDBNull(i) ? null : ValueMap.Of(("amount", r.GetInt64(i)), ("currency", r.GetString(i + 1))));
                continue;
            }

            columns.Add(SqlNames.Column(field.Key));
            readers.Add(Reader(field.Type));
        }

        Columns = columns;
        SelectList = string.Join(", ", columns.Select(SqlLiterals.Identifier));
        _readers = [.. readers];
        _keys = [.. keys];
        _layout = new FieldLayout(_keys);
        _ordinals = new int[_readers.Length];
        var ordinal = entity.TenantRoot ? 6 : 7;
        for (var i = 0; i < _ordinals.Length; i++)
        {
            _ordinals[i] = ordinal;
            ordinal += entity.Fields[i].Type == FieldType.Money ? 2 : 1;
        }

        _rowReaders = entity.Fields.Select(RowReader).ToArray();
    }

    /// <summary>The module.</summary>
    public ModuleDefinition Module { get; }

    /// <summary>The entity.</summary>
    public EntityDefinition Entity { get; }

    /// <summary>The table name.</summary>
    public string Table { get; }

    /// <summary>The columns read, base columns first.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>The columns as a select list.</summary>
    public string SelectList { get; }

    /// <summary>Reads the current row (selected with <see cref="SelectList"/>) into a record.</summary>
    public EntityRecord Read(NpgsqlDataReader reader)
    {
        var tenant = Entity.TenantRoot ? 0 : 1;
        var values = new object?[_readers.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = _readers[i](reader, _ordinals[i]);
        }

        var id = reader.GetString(0);
        return new EntityRecord(Entity.Name, id, tenant == 1 ? reader.GetString(1) : id, reader.GetInt32(4 + tenant), reader.GetFieldValue<DateTimeOffset>(1 + tenant), reader.GetFieldValue<DateTimeOffset>(2 + tenant))
        {
            DeletedAt = reader.IsDBNull(3 + tenant) ? null : reader.GetFieldValue<DateTimeOffset>(3 + tenant),
            Meta = new JsonText(reader.GetString(5 + tenant)).Parse() as ValueMap ?? ValueMap.Empty,
            Fields = new FieldDictionary(_layout, values),
        };
    }

    /// <summary>The column/parameter pairs that write <paramref name="value"/> to <paramref name="field"/> (two for money).</summary>
    public static IEnumerable<(string Column, NpgsqlParameter Parameter)> Write(FieldDefinition field, object? value)
    {
        if (value is JsonElement json)
        {
            value = PlainJson.FromElement(json);
        }

        if (field.Type == FieldType.Money)
        {
            var (amount, currency) = value switch
            {
                Money m => ((object?)m.Amount, (object?)m.Currency),
                IReadOnlyDictionary<string, object?> map => (map.GetValueOrDefault("amount") is { } a ? Convert.ToInt64(a, CultureInfo.InvariantCulture) : null, map.GetValueOrDefault("currency")),
                _ => (null, null),
            };
            yield return (SqlNames.MoneyAmount(field.Key), new NpgsqlParameter { Value = amount ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Bigint });
            yield return (SqlNames.MoneyCurrency(field.Key), new NpgsqlParameter { Value = currency ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
            yield break;
        }

        var (converted, type) = field.Type switch
        {
            FieldType.String or FieldType.Enum or FieldType.Ref => (value, NpgsqlDbType.Text),
            FieldType.Integer => (value is null ? null : Convert.ToInt32(value, CultureInfo.InvariantCulture), NpgsqlDbType.Integer),
            FieldType.Number => (value is null ? null : Convert.ToDouble(value, CultureInfo.InvariantCulture), NpgsqlDbType.Double),
            FieldType.Decimal => (value is null ? null : Convert.ToDecimal(value, CultureInfo.InvariantCulture), NpgsqlDbType.Numeric),
            FieldType.Boolean => (value, NpgsqlDbType.Boolean),
            FieldType.Date => (value is null ? null : RuleValues.TryDate(value, out var date) ? date.ToUniversalTime() : value, NpgsqlDbType.TimestampTz),
            FieldType.RefList => (value is null ? null : RuleValues.AsList(value).Select(v => v as string ?? Convert.ToString(v, CultureInfo.InvariantCulture)!).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text),
            _ => (value is null ? null : SqlLiterals.Json(PlainValue.From(value)), NpgsqlDbType.Jsonb),
        };
        yield return (SqlNames.Column(field.Key), new NpgsqlParameter { Value = converted ?? DBNull.Value, NpgsqlDbType = type });
    }

    private static Func<NpgsqlDataReader, int, object?> Reader(FieldType type) => type switch
    {
        FieldType.String or FieldType.Enum or FieldType.Ref => static (r, i) => r.IsDBNull(i) ? null : r.GetString(i),
        FieldType.Integer => static (r, i) => r.IsDBNull(i) ? null : (long)r.GetInt32(i),
        FieldType.Number => static (r, i) => r.IsDBNull(i) ? null : r.GetDouble(i),
        FieldType.Decimal => static (r, i) => r.IsDBNull(i) ? null : r.GetDecimal(i),
        FieldType.Boolean => static (r, i) => r.IsDBNull(i) ? null : r.GetBoolean(i),
        FieldType.Date => static (r, i) => r.IsDBNull(i) ? null : r.GetFieldValue<DateTimeOffset>(i),
        FieldType.RefList => static (r, i) => r.IsDBNull(i) ? null : new ValueList(r.GetFieldValue<string[]>(i)),
        _ => static (r, i) => r.IsDBNull(i) ? null : new JsonText(r.GetString(i)),
    };
}
