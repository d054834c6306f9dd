using System.Globalization;

namespace Platform.LoadTest;

/// <summary>CPU time of processes, read from /proc (user + system, in seconds).</summary>
internal static class Cpu
{
    private static readonly double TicksPerSecond = 100; // USER_HZ on Linux

    /// <summary>The CPU time process <paramref name="pid"/> has used, or 0 when it is gone.</summary>
    public static double Seconds(int pid) => StatSeconds(pid, 11);

    /// <summary>Fields <paramref name="first"/> and the next of /proc/PID/stat after the command (utime+stime at 11, cutime+cstime at 13), in seconds; 0 when the process is gone.</summary>
    private static double StatSeconds(int pid, int first) => Stat($"/proc/{pid}") is { } fields ? Seconds(fields, first) : 0;

    /// <summary>The fields of a process's stat file after its command (the parent pid at 1), or null when the process is gone.</summary>
    private static string[]? Stat(string processDirectory)
    {
        try
        {
            return File.ReadAllText(Path.Combine(processDirectory, "stat")).Split(')')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static double Seconds(string[] fields, int first) =>
        (long.Parse(fields[first], CultureInfo.InvariantCulture) + long.Parse(fields[first + 1], CultureInfo.InvariantCulture)) / TicksPerSecond;

    /// <summary>
    /// The CPU time of process <paramref name="pid"/> and all its children (a PostgreSQL server and its
    /// backends): the live ones, and the ones that ended and were reaped (pgbench's backends end with its run).
    /// </summary>
    public static double TreeSeconds(int pid)
    {
        var total = Seconds(pid) + ReapedChildrenSeconds(pid);
        foreach (var dir in Directory.GetDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                continue;
            }

            if (Stat(dir) is { } fields && int.Parse(fields[1], CultureInfo.InvariantCulture) == pid)
            {
                total += Seconds(fields, 11);
            }
        }

        return total;
    }

    private static double ReapedChildrenSeconds(int pid) => StatSeconds(pid, 13);

    /// <summary>The peak resident set size of process <paramref name="pid"/> (VmHWM), in MiB.</summary>
    public static double PeakRssMiB(int pid)
    {
        var line = File.ReadAllLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? 0 : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
    }
}
