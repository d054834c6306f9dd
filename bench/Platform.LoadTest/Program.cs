using System.Globalization;
using Platform.LoadTest;

// dotnet run -c Release --project bench/Platform.LoadTest -- latency [subscribers=1,1000] [mutations=200]
// dotnet run -c Release --project bench/Platform.LoadTest -- http [workloads=Q1,Q2,Q3,Q4] [rounds=3] [seconds=15]
// dotnet run -c Release --project bench/Platform.LoadTest -- coldstart [runs=5]
var command = args.FirstOrDefault() ?? "latency";
switch (command)
{
    case "latency":
        var counts = (args.Length > 1 ? args[1] : "1,1000").Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToList();
        var mutations = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 200;
        Console.WriteLine(await LatencyLoad.RunAsync(counts, mutations));
        return 0;
    case "http":
        var workloads = (args.Length > 1 ? args[1] : "Q1,Q2,Q3,Q4").Split(',');
        var rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3;
        var seconds = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 15;
        Console.WriteLine(await HttpLoad.RunAsync(workloads, rounds, warmup: 5, seconds));
        return 0;
    case "coldstart":
        Console.WriteLine(await ColdStart.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5));
        return 0;
    default:
        Console.Error.WriteLine($"Unknown command '{command}'. Commands: latency [subscribers] [mutations]; http [workloads=Q1,Q2,Q3,Q4] [rounds=3] [seconds=15]; coldstart [runs=5].");
        return 1;
}
