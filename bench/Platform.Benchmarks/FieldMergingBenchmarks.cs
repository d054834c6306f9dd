using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Platform.GraphQL.Language;
using Platform.GraphQL.Language.Syntax;
using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;
using Platform.GraphQL.Validation.Rules;
using Platform.GraphQL.Workloads;

namespace Platform.Benchmarks;

/// <summary>
/// "Overlapping fields can be merged" on large documents: how validation time grows with the
/// document. Linear growth means 4× the time for 4× the size; a pairwise rule shows 16×.
/// </summary>
[MemoryDiagnoser]
public class FieldMergingBenchmarks
{
    private Schema _schema = null!;
    private DocumentNode _repeated = null!;
    private DocumentNode _fragments = null!;
    private DocumentNode _aliases = null!;

    /// <summary>How many selections (or fragments) the document repeats.</summary>
    [Params(250, 1000)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _schema = BenchShop.Load().Schema;

        // The same nested selection again and again (what generated queries look like).
        _repeated = Parser.Parse("{ products { " + string.Concat(Enumerable.Repeat("id name category { id name } reviews { id author { name } } ", Size)) + "} }");

        // Many fragments over one type, all spread in one place: every pair shares response names.
        var fragments = new StringBuilder("{ products { ");
        for (var i = 0; i < Size; i++)
        {
            fragments.Append(CultureInfo.InvariantCulture, $"...F{i} ");
        }

        fragments.Append("} }");
        for (var i = 0; i < Size; i++)
        {
            fragments.Append(CultureInfo.InvariantCulture, $" fragment F{i} on Product {{ id name reviews(first: 2) {{ id stars }} }}");
        }

        _fragments = Parser.Parse(fragments.ToString());

        // Many distinct response names: nothing to compare, only to collect.
        var aliases = new StringBuilder("{ products { ");
        for (var i = 0; i < Size; i++)
        {
            aliases.Append(CultureInfo.InvariantCulture, $"a{i}: name r{i}: reviews(first: {i % 5}) {{ id }} ");
        }

        _aliases = Parser.Parse(aliases.Append("} }").ToString());
    }

    [Benchmark]
    public int RepeatedSelections() => Validate(_repeated);

    [Benchmark]
    public int FragmentsSpreadTogether() => Validate(_fragments);

    [Benchmark]
    public int DistinctAliases() => Validate(_aliases);

    private int Validate(DocumentNode document)
    {
        var errors = DocumentValidator.Validate(_schema, document, [() => new FieldSelectionMergingRule()]);
        return errors.Count == 0 ? 0 : throw new InvalidOperationException(errors[0].Message);
    }
}
