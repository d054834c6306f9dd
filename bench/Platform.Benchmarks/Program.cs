using BenchmarkDotNet.Running;

// `dotnet run -c Release --project bench/Platform.Benchmarks -- --filter '*'` runs every benchmark;
// `--list flat` lists them.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
