using System.Globalization;
using Platform.LoadTest;

// dotnet run -c Release --project bench/Platform.LoadTest -- latency [subscribers=1,1000] [mutations=200]
var command = args.FirstOrDefault() ?? "latency";
switch (command)
{
    case "latency":
        var counts = (args.Length > 1 ? args[1] : "1,1000").Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToList();
        var mutations = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 200;
        Console.WriteLine(await LatencyLoad.RunAsync(counts, mutations));
        return 0;
    default:
        Console.Error.WriteLine($"Unknown command '{command}'. Commands: latency [subscribers] [mutations].");
        return 1;
}
