using Npgsql;
using Platform.Model.Definitions;
using Platform.Model.Schema;

namespace Platform.Postgres.Migrations;

/// <summary>
/// Reads tables of one schema from the PostgreSQL catalog into the Model's schema objects, every
/// expression in PostgreSQL's own canonical form (<c>pg_get_expr</c>, <c>pg_get_constraintdef</c>),
/// so two readings compare exactly.
/// </summary>
internal static class CatalogReader
{
    public static async Task<Dictionary<string, SqlTable>> ReadAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string schema, IReadOnlyCollection<string> tables, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, SqlTable>(StringComparer.Ordinal);
        if (tables.Count == 0)
        {
            return result;
        }

        var names = tables.ToArray();
        var columns = await QueryAsync(connection, transaction, """
            SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, pg_get_expr(d.adbin, d.adrelid)
            FROM pg_attribute a
            JOIN pg_class c ON c.oid = a.attrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
            WHERE n.nspname = $1 AND c.relname = ANY($2) AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
            ORDER BY c.relname, a.attnum
            """, schema, names, r => (Table: r.GetString(0), Column: new SqlColumn(r.GetString(1), r.GetString(2), !r.GetBoolean(3), r.IsDBNull(4) ? null : r.GetString(4))), cancellationToken).ConfigureAwait(false);

        var constraints = await QueryAsync(connection, transaction, """
            SELECT c.relname, k.conname, k.contype::text, pg_get_constraintdef(k.oid, true),
                   ARRAY(SELECT a.attname FROM unnest(k.conkey) WITH ORDINALITY u(n, i) JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.n ORDER BY u.i)::text[],
                   coalesce(f.relname, ''),
                   ARRAY(SELECT a.attname FROM unnest(k.confkey) WITH ORDINALITY u(n, i) JOIN pg_attribute a ON a.attrelid = k.confrelid AND a.attnum = u.n ORDER BY u.i)::text[]
            FROM pg_constraint k
            JOIN pg_class c ON c.oid = k.conrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            LEFT JOIN pg_class f ON f.oid = k.confrelid
            WHERE n.nspname = $1 AND c.relname = ANY($2) AND k.contype IN ('p', 'c', 'f')
            ORDER BY c.relname, k.conname
            """, schema, names, r => (Table: r.GetString(0), Name: r.GetString(1), Type: r.GetString(2), Definition: r.GetString(3), Columns: r.GetFieldValue<string[]>(4), Referenced: r.GetString(5), ReferencedColumns: r.GetFieldValue<string[]>(6)), cancellationToken).ConfigureAwait(false);

        var indexes = await QueryAsync(connection, transaction, """
            SELECT t.relname, i.relname, x.indisunique, am.amname,
                   ARRAY(SELECT pg_get_indexdef(x.indexrelid, k + 1, true) FROM generate_subscripts(x.indkey, 1) k ORDER BY k)::text[],
                   pg_get_expr(x.indpred, x.indrelid, true)
            FROM pg_index x
            JOIN pg_class i ON i.oid = x.indexrelid
            JOIN pg_class t ON t.oid = x.indrelid
            JOIN pg_namespace n ON n.oid = t.relnamespace
            JOIN pg_am am ON am.oid = i.relam
            WHERE n.nspname = $1 AND t.relname = ANY($2) AND NOT x.indisprimary
              AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid AND k.contype IN ('p', 'u', 'x'))
            ORDER BY t.relname, i.relname
            """, schema, names, r => (Table: r.GetString(0), Index: new SqlIndex(r.GetString(1), r.GetString(0), new(r.GetFieldValue<string[]>(4)), r.GetBoolean(2), r.GetString(3) == "gin" ? IndexMethod.Gin : IndexMethod.BTree, r.IsDBNull(5) ? null : r.GetString(5))), cancellationToken).ConfigureAwait(false);

        var tableFlags = await QueryAsync(connection, transaction, """
            SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity,
                   coalesce(has_table_privilege('platform_app', c.oid, 'UPDATE'), true)
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = $1 AND c.relname = ANY($2) AND c.relkind = 'r'
            """, schema, names, r => (Table: r.GetString(0), Rls: r.GetBoolean(1) && r.GetBoolean(2), Updatable: r.GetBoolean(3)), cancellationToken).ConfigureAwait(false);

        var policies = await QueryAsync(connection, transaction, """
            SELECT tablename, policyname, coalesce(qual, ''), coalesce(with_check, '')
            FROM pg_policies WHERE schemaname = $1 AND tablename = ANY($2)
            ORDER BY tablename, policyname
            """, schema, names, r => (Table: r.GetString(0), Policy: new SqlPolicy(r.GetString(1), r.GetString(2), r.GetString(3))), cancellationToken).ConfigureAwait(false);

        foreach (var flags in tableFlags)
        {
            var own = constraints.Where(k => k.Table == flags.Table).ToList();
            result[flags.Table] = new SqlTable(
                flags.Table,
                new(columns.Where(c => c.Table == flags.Table).Select(c => c.Column)),
                new(own.FirstOrDefault(k => k.Type == "p").Columns ?? []))
            {
                Checks = new(own.Where(k => k.Type == "c").Select(k => new SqlCheck(k.Name, k.Definition))),
                ForeignKeys = new(own.Where(k => k.Type == "f").Select(k => new SqlForeignKey(k.Name, new(k.Columns), k.Referenced, new(k.ReferencedColumns)))),
                Indexes = new(indexes.Where(i => i.Table == flags.Table).Select(i => i.Index)),
                RowLevelSecurity = flags.Rls,
                Policy = policies.FirstOrDefault(p => p.Table == flags.Table).Policy,
                AppendOnly = !flags.Updatable,
            };
        }

        return result;
    }

    private static async Task<List<T>> QueryAsync<T>(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, string schema, string[] tables, Func<NpgsqlDataReader, T> map, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = schema });
        command.Parameters.Add(new NpgsqlParameter { Value = tables });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var result = new List<T>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result.Add(map(reader));
        }

        return result;
    }
}
