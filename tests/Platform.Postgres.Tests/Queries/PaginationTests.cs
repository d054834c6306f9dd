using Platform.Core.Errors;
using Platform.Core.Repositories;
using Platform.Core.Repositories.Filters;
using Platform.Postgres.Queries;

namespace Platform.Postgres.Tests.Queries;

/// <summary>Keyset pages, forward and backward, concatenate to exactly the list one unpaged query returns — ties, missing values and all.</summary>
public sealed class PaginationTests(FilterAgreementTests.ThingDatabase database) : IClassFixture<FilterAgreementTests.ThingDatabase>
{
    private static readonly Platform.Model.Definitions.EntityDefinition Entity = FilterAgreementTests.ThingDatabase.Entity;

    public static TheoryData<string, int> Sorts => new()
    {
        { "", 1 }, { "qty", 2 }, { "qty-", 3 }, { "name", 2 }, { "name-,qty", 1 }, { "status,score-", 2 }, { "due,name-", 3 },
        { "active,price", 2 }, { "cost", 1 }, { "createdAt-", 4 }, { "status-,due-,qty", 1 },
    };

    [Theory]
    [MemberData(nameof(Sorts))]
    public async Task Forward_pages_concatenate_to_the_whole_list(string sortText, int pageSize)
    {
        var sort = SelectCompiler.BindSort(Entity, Parse(sortText));
        var whole = await Ids(sort, null, null, 1000, fromEnd: false);

        var paged = new List<string>();
        Cursor? after = null;
        while (true)
        {
            var page = await Page(sort, after, null, pageSize, fromEnd: false);
            paged.AddRange(page.Rows.Take(pageSize).Select(r => r.Id));
            if (page.Rows.Count <= pageSize)
            {
                break;
            }

            after = page.Rows[pageSize - 1].Cursor;
        }

        Assert.Equal(8, whole.Count);
        Assert.Equal(whole, paged);
    }

    [Theory]
    [MemberData(nameof(Sorts))]
    public async Task Backward_pages_concatenate_to_the_whole_list(string sortText, int pageSize)
    {
        var sort = SelectCompiler.BindSort(Entity, Parse(sortText));
        var whole = await Ids(sort, null, null, 1000, fromEnd: false);

        var paged = new List<string>();
        Cursor? before = null;
        while (true)
        {
            var page = await Page(sort, null, before, pageSize, fromEnd: true);
            var rows = page.Rows.Take(pageSize).Reverse().ToList(); // read in reverse, shown in list order
            paged.InsertRange(0, rows.Select(r => r.Id));
            if (page.Rows.Count <= pageSize)
            {
                break;
            }

            before = rows[0].Cursor;
        }

        Assert.Equal(whole, paged);
    }

    [Fact]
    public async Task A_page_between_two_cursors_holds_exactly_the_rows_between_them()
    {
        var sort = SelectCompiler.BindSort(Entity, Parse("qty"));
        var all = (await Page(sort, null, null, 100, fromEnd: false)).Rows;

        var between = await Page(sort, all[1].Cursor, all[5].Cursor, 100, fromEnd: false);

        Assert.Equal(all.Skip(2).Take(3).Select(r => r.Id), between.Rows.Select(r => r.Id));
    }

    [Fact]
    public void Unsortable_fields_and_forged_cursors_are_validation_failures()
    {
        var unsortable = Assert.Throws<ValidationError>(() => SelectCompiler.BindSort(Entity, [new SortSpec("data"), new SortSpec("nope")]));
        Assert.Equal(["order.data", "order.nope"], unsortable.Failures.Select(f => f.Field));

        var sort = SelectCompiler.BindSort(Entity, Parse("qty"));
        var valid = new Cursor([3L], "t03").Encode(sort);
        var decoded = Cursor.Decode(valid, sort, "after");
        Assert.Equal(3L, Assert.Single(decoded.Values));
        Assert.Equal("t03", decoded.Id);
        foreach (var forged in new[] { "not-base64!", "e30", valid[..^3], new Cursor(["three"], "t03").Encode(sort), new Cursor([3L], "t03").Encode(SelectCompiler.BindSort(Entity, Parse("name"))), "'; DROP TABLE fc_things; --" })
        {
            var error = Assert.Throws<ValidationError>(() => Cursor.Decode(forged, sort, "after"));
            Assert.Equal(("after", "invalidCursor"), (error.Failures.Single().Field, error.Failures.Single().Rule));
        }
    }

    private static List<SortSpec> Parse(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => s.EndsWith('-') ? new SortSpec(s[..^1], SortDirection.Desc) : new SortSpec(s)).ToList();

    private async Task<List<string>> Ids(IReadOnlyList<SortKey> sort, Cursor? after, Cursor? before, int limit, bool fromEnd) =>
        (await Page(sort, after, before, limit, fromEnd)).Rows.Select(r => r.Id).ToList();

    private async Task<(List<(string Id, Cursor Cursor)> Rows, int Count)> Page(IReadOnlyList<SortKey> sort, Cursor? after, Cursor? before, int limit, bool fromEnd)
    {
        var columns = sort.Select(k => k.Column).Prepend("id").ToList();
        var query = SelectCompiler.Page("fc_things", columns, Entity, new BoundAnd([]), sort, after, before, limit, fromEnd, withDeleted: false);
        var rows = await database.QueryAsync(query, r =>
        {
            var values = Enumerable.Range(1, sort.Count).Select(i => r.IsDBNull(i) ? null : Normalize(r.GetValue(i))).ToList();
            return (r.GetString(0), new Cursor(values, r.GetString(0)));
        });
        return (rows.ToList(), rows.Count);
    }

    private static object? Normalize(object value) => value switch
    {
        int i => (long)i,
        DateTime d => new DateTimeOffset(DateTime.SpecifyKind(d, DateTimeKind.Utc)),
        _ => value,
    };
}
