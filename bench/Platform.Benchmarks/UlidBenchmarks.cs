using BenchmarkDotNet.Attributes;
using Platform.Core.Ids;

namespace Platform.Benchmarks;

/// <summary>ULID generation and text conversion, against <see cref="Guid.NewGuid"/>.</summary>
[MemoryDiagnoser]
public class UlidBenchmarks
{
    private readonly UlidGenerator _generator = new();
    private readonly string _text = Ulid.NewUlid().ToString();

    [Benchmark(Baseline = true)]
    public Guid GuidNewGuid() => Guid.NewGuid();

    [Benchmark]
    public Ulid Generate() => _generator.Next();

    [Benchmark]
    public string GenerateAsString() => _generator.Next().ToString();

    [Benchmark]
    public Ulid Parse() => Ulid.Parse(_text);
}
