using System.Collections.Concurrent;
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
    private const int MaxProjections = 256;

    private readonly string[] _keys;
    private readonly FieldLayout _layout;
    private readonly string[] _baseColumns;
    private readonly string[] _baseColumnsWithoutMeta;
    private readonly ConcurrentDictionary<(ulong Fields, bool Meta), TableProjection> _projections = new();

    /// <summary>Builds the mapping of <paramref name="entity"/> in <paramref name="module"/>.</summary>
    public EntityTable(ModuleDefinition module, EntityDefinition entity)
    {
        Module = module;
        Entity = entity;
        Table = SqlNames.Table(module, entity);
        _baseColumns = [.. SqlNames.BaseColumns.Where(c => !entity.TenantRoot || c != "organization_id")];
        _baseColumnsWithoutMeta = [.. _baseColumns.Where(c => c != MetaKey)];
        _keys = [.. entity.Fields.Select(f => f.Key)];
        _layout = new FieldLayout(_keys);
        All = new TableProjection(this, _layout, _baseColumns, Enumerable.Range(0, _keys.Length));
        _rowReaders = entity.Fields.Select(RowReader).ToArray();
    }

    /// <summary>The module.</summary>
    public ModuleDefinition Module { get; }

    /// <summary>The entity.</summary>
    public EntityDefinition Entity { get; }

    /// <summary>The table name.</summary>
    public string Table { get; }

    /// <summary>Every column: the base columns, then each field's.</summary>
    public TableProjection All { get; }

    /// <summary>The columns read, base columns first.</summary>
    public IReadOnlyList<string> Columns => All.Columns;

    /// <summary>The columns as a select list.</summary>
    public string SelectList => All.SelectList;

    /// <summary>Reads the current row (selected with <see cref="SelectList"/>) into a record.</summary>
    public EntityRecord Read(NpgsqlDataReader reader) => All.Read(reader);

    /// <summary>
    /// The base columns and the columns of <paramref name="fields"/> (field keys, and <c>meta</c> for the
    /// base column of that name; null means every field): a read that only needs a few fields does not
    /// transfer or decode the others. Records read through a projection throw when a field outside it is read.
    /// </summary>
    /// <exception cref="ArgumentException">A key is not a field of the entity.</exception>
    public TableProjection Project(IReadOnlyCollection<string>? fields)
    {
        if (fields is null || _keys.Length > 64)
        {
            return All;
        }

        var mask = 0UL;
        var meta = false;
        foreach (var key in fields)
        {
            if (key == MetaKey)
            {
                meta = true;
                continue;
            }

            var index = _layout.IndexOf(key);
            mask |= index >= 0 ? 1UL << index : throw new ArgumentException($"{Entity.Name} has no field '{key}'.", nameof(fields));
        }

        var all = _keys.Length == 64 ? ulong.MaxValue : (1UL << _keys.Length) - 1;
        if (mask == all && meta)
        {
            return All;
        }

        if (_projections.TryGetValue((mask, meta), out var projection))
        {
            return projection;
        }

        projection = new TableProjection(this, _layout, meta ? _baseColumns : _baseColumnsWithoutMeta, Enumerable.Range(0, _keys.Length).Where(i => (mask & (1UL << i)) != 0));
        return _projections.Count < MaxProjections ? _projections.GetOrAdd((mask, meta), projection) : projection;
    }

    /// <summary>The key that selects the <c>meta</c> base column in <see cref="Project"/>.</summary>
    public const string MetaKey = "meta";

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

    internal static Func<NpgsqlDataReader, int, object?> Reader(FieldType type) => type switch
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
