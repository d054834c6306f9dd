using Npgsql;
using Platform.Core.Repositories;
using Platform.Model.Definitions;
using Platform.Model.Naming;
using Platform.Model.Schema;
using Platform.Model.Values;

namespace Platform.Postgres.Repositories;

/// <summary>
/// The columns one read selects — the base columns and some of the entity's fields — with the
/// select list and a row reader made of one delegate per column (no reflection per row). Built once
/// per entity and field set (<see cref="EntityTable.Project"/>).
/// </summary>
public sealed class TableProjection
{
    private readonly EntityTable _table;
    private readonly FieldLayout _layout;
    private readonly int[] _fields;
    private readonly int[] _ordinals;
    private readonly Func<NpgsqlDataReader, int, object?>[] _readers;
    private readonly int _tenant;
    private readonly bool _meta;

    internal TableProjection(EntityTable table, FieldLayout layout, IReadOnlyList<string> baseColumns, IEnumerable<int> fields)
    {
        _table = table;
        _layout = layout;
        _fields = [.. fields];
        _tenant = table.Entity.TenantRoot ? 0 : 1;
        _meta = baseColumns.Contains(EntityTable.MetaKey);
        var columns = new List<string>(baseColumns);
        _ordinals = new int[_fields.Length];
        _readers = new Func<NpgsqlDataReader, int, object?>[_fields.Length];
        for (var i = 0; i < _fields.Length; i++)
        {
            var field = table.Entity.Fields[_fields[i]];
            _ordinals[i] = columns.Count;
            if (field.Type == FieldType.Money)
            {
                columns.Add(SqlNames.MoneyAmount(field.Key));
                columns.Add(SqlNames.MoneyCurrency(field.Key));
                _readers[i] = static (r, o) => r.IsDBNull(o) ? null : ValueMap.Of(("amount", r.GetInt64(o)), ("currency", r.GetString(o + 1)));
            }
            else
            {
                columns.Add(SqlNames.Column(field.Key));
                _readers[i] = EntityTable.Reader(field.Type);
            }
        }

        Columns = columns;
        SelectList = string.Join(", ", columns.Select(SqlLiterals.Identifier));
    }

    /// <summary>The columns read, base columns first.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>The columns as a select list.</summary>
    public string SelectList { get; }

    /// <summary>Reads the current row (selected with <see cref="SelectList"/>) into a record; fields outside the projection (<c>meta</c> included) are not readable.</summary>
    public EntityRecord Read(NpgsqlDataReader reader)
    {
        var values = new object?[_layout.Keys.Length];
        if (_fields.Length != values.Length)
        {
            Array.Fill(values, FieldDictionary.NotRead);
        }

        for (var i = 0; i < _fields.Length; i++)
        {
            values[_fields[i]] = _readers[i](reader, _ordinals[i]);
        }

        var tenant = _tenant;
        var id = reader.GetString(0);
        return new EntityRecord(_table.Entity.Name, id, tenant == 1 ? reader.GetString(1) : id, reader.GetInt32(4 + tenant), reader.GetFieldValue<DateTimeOffset>(1 + tenant), reader.GetFieldValue<DateTimeOffset>(2 + tenant))
        {
            DeletedAt = reader.IsDBNull(3 + tenant) ? null : reader.GetFieldValue<DateTimeOffset>(3 + tenant),
            Meta = _meta ? new JsonText(reader.GetString(5 + tenant)).Parse() as ValueMap ?? ValueMap.Empty : UnreadDictionary.Meta,
            Fields = new FieldDictionary(_layout, values),
        };
    }
}
