using Npgsql;
using NpgsqlTypes;
using Platform.Core.Errors;
using Platform.Core.Repositories;
using Platform.Core.Repositories.Filters;
using Platform.Model.Checks;
using Platform.Model.Definitions;
using Platform.Model.Reading;
using Platform.Model.Schema;
using Platform.Model.Values;
using Platform.Postgres.Connections;
using Platform.Postgres.Migrations;
using Platform.Postgres.Queries;
using Platform.TestKit.Postgres;

namespace Platform.Postgres.Tests.Queries;

/// <summary>One corpus of filters through SQL on PostgreSQL and through the in-memory evaluator: the same rows match.</summary>
public sealed class FilterAgreementTests(FilterAgreementTests.ThingDatabase database) : IClassFixture<FilterAgreementTests.ThingDatabase>
{
    public static TheoryData<string> Filters => new(FilterCorpus.Filters.Select(f => f.Name));

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Sql_and_memory_agree(string name)
    {
        var filter = FilterCorpus.Filters.Single(f => f.Name == name).Filter;
        var bound = FilterBinder.Bind(filter, ThingDatabase.Entity);

        var inMemory = FilterCorpus.Rows.Where(row => FilterEvaluator.Matches(bound, key => row.GetValueOrDefault(key))).Select(r => (string)r["id"]!).ToList();
        var inSql = await database.IdsAsync(bound);

        Assert.Equal(inMemory, inSql);
    }

    [Fact]
    public void The_corpus_exercises_every_operator()
    {
        var used = FilterCorpus.Filters.SelectMany(f => Leaves(f.Filter)).Select(l => l.Operator).ToHashSet();

        Assert.Equal(Enum.GetValues<FilterOperator>().Order(), used.Order());
    }

    [Fact]
    public void Unknown_fields_wrong_operators_and_bad_values_fail_together_before_any_sql()
    {
        var filter = new AndFilter([
            new FieldFilter("nme", FilterOperator.Eq, "x"),
            new FieldFilter("qty", FilterOperator.Contains, "1"),
            new FieldFilter("qty", FilterOperator.Eq, "three"),
            new FieldFilter("status", FilterOperator.Eq, "deleted"),
            new FieldFilter("name", FilterOperator.Matches, "(?<=a)b"),
            new FieldFilter("name", FilterOperator.Eq, "nul\0byte"),
        ]);

        var error = Assert.Throws<ValidationError>(() => FilterBinder.Bind(filter, ThingDatabase.Entity));

        Assert.Equal(
            ["where.nme", "where.qty", "where.qty.eq", "where.status.eq", "where.name.matches", "where.name.eq"],
            error.Failures.Select(f => f.Field));
        Assert.Equal(ErrorCodes.ValidationFailed, error.Code);
        Assert.Contains("use one of: eq, neq, gt, gte, lt, lte, in, nin, isNull", error.Failures[1].Message, StringComparison.Ordinal);
    }

    private static IEnumerable<FieldFilter> Leaves(Filter filter) => filter switch
    {
        FieldFilter f => [f],
        AndFilter a => a.Filters.SelectMany(Leaves),
        OrFilter o => o.Filters.SelectMany(Leaves),
        NotFilter n => Leaves(n.Inner),
        _ => [],
    };

    /// <summary>A database holding the corpus rows in one organization.</summary>
    public sealed class ThingDatabase : PostgresDatabase
    {
        public static readonly EntityDefinition Entity = Compile().FindEntity("Thing")!;

        private NpgsqlDataSource? _app;

        protected override string TemplateName => "tpl_filter_corpus";

        public async Task<IReadOnlyList<T>> QueryAsync<T>(SqlQuery query, Func<Npgsql.NpgsqlDataReader, T> map)
        {
            _app ??= NpgsqlDataSource.Create(AppConnectionString);
            return await new TenantScope(_app, "org_corpus").QueryAsync(query, map);
        }

        public async Task<List<string>> IdsAsync(BoundFilter filter)
        {
            _app ??= NpgsqlDataSource.Create(AppConnectionString);
            var parameters = new SqlParameters();
            var sql = $"SELECT id FROM fc_things WHERE {SqlFilterCompiler.Compile(filter, Entity, parameters)} ORDER BY id";
            return [.. await new TenantScope(_app, "org_corpus").QueryAsync(new SqlQuery(sql, parameters), r => r.GetString(0))];
        }

        protected override async Task PrepareTemplateAsync(string ownerConnectionString)
        {
            await using var owner = NpgsqlDataSource.Create(ownerConnectionString);
            await new SchemaMigrator(owner).ApplyAsync(SchemaEmitter.Emit(Compile()));
            await using var connection = await owner.OpenConnectionAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            await using (var setOrg = new NpgsqlCommand("SELECT set_config('app.org_id', 'org_corpus', true)", connection, transaction))
            {
                await setOrg.ExecuteNonQueryAsync();
            }

            foreach (var row in FilterCorpus.Rows.OrderBy(r => r["parentId"] is null ? 0 : 1))
            {
                await using var insert = new NpgsqlCommand(
                    "INSERT INTO fc_things (id, organization_id, name, qty, score, price, active, due, status, parent_id, tag_ids, data, cost_amount, cost_currency, place) VALUES ($1, 'org_corpus', $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)",
                    connection, transaction);
                var cost = row["cost"] as ValueMap;
                var parameters = new SqlParameters();
                parameters.Add(row["id"]);
                parameters.Add(row["name"], NpgsqlDbType.Text);
                parameters.Add(row["qty"] is long q ? (int)q : null, NpgsqlDbType.Integer);
                parameters.Add(row["score"], NpgsqlDbType.Double);
                parameters.Add(row["price"], NpgsqlDbType.Numeric);
                parameters.Add(row["active"], NpgsqlDbType.Boolean);
                parameters.Add(row["due"], NpgsqlDbType.TimestampTz);
                parameters.Add(row["status"], NpgsqlDbType.Text);
                parameters.Add(row["parentId"], NpgsqlDbType.Text);
                parameters.Add(row["tagIds"], NpgsqlDbType.Array | NpgsqlDbType.Text);
                parameters.Add(row["data"] is null ? null : SqlLiterals.Json(row["data"]), NpgsqlDbType.Jsonb);
                parameters.Add(cost?["amount"], NpgsqlDbType.Bigint);
                parameters.Add(cost?["currency"], NpgsqlDbType.Text);
                parameters.Add(row["place"] is null ? null : SqlLiterals.Json(row["place"]), NpgsqlDbType.Jsonb);
                foreach (var parameter in parameters.All)
                {
                    insert.Parameters.Add(parameter);
                }

                await insert.ExecuteNonQueryAsync();
            }

            await transaction.CommitAsync();
        }

        public override async Task DisposeAsync()
        {
            if (_app is not null)
            {
                await _app.DisposeAsync();
            }

            await base.DisposeAsync();
        }

        private static ModuleDefinition Compile()
        {
            var compiled = ManifestCompiler.Compile([new ManifestFile("module.yaml", "id: fc\nversion: 1.0.0\n"), new ManifestFile("thing.entity.yaml", FilterCorpus.Manifest)]);
            Assert.False(compiled.HasErrors, string.Join("\n", compiled.Diagnostics));
            return compiled.Module!;
        }
    }
}
