using System.Runtime.CompilerServices;
using System.Text;

namespace Platform.TestKit;

/// <summary>
/// Snapshot assertions: the expected text lives in <c>__snapshots__/{Class}.{Method}.snap</c>
/// beside the test's source file. A mismatch (or a missing snapshot) writes a <c>.received</c>
/// file next to it and fails; running with <c>UPDATE_SNAPSHOTS=1</c> accepts the received text.
/// </summary>
/// <remarks>
/// The class name is taken from the test's file name (one type per file), so snapshots need no
/// reflection over the call stack. Line endings are normalised to <c>\n</c>.
/// </remarks>
public static class Snapshot
{
    /// <summary>Asserts that <paramref name="actual"/> equals the stored snapshot.</summary>
    public static void Match(string actual, string? name = null, [CallerFilePath] string callerFile = "", [CallerMemberName] string callerMember = "")
    {
        var directory = Path.Combine(Path.GetDirectoryName(callerFile)!, "__snapshots__");
        var fileName = $"{Path.GetFileNameWithoutExtension(callerFile)}.{name ?? callerMember}";
        var snapPath = Path.Combine(directory, fileName + ".snap");
        var receivedPath = Path.Combine(directory, fileName + ".received");
        var normalized = Normalize(actual);

        if (IsUpdateRequested())
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(snapPath, normalized, new UTF8Encoding(false));
            DeleteIfExists(receivedPath);
            return;
        }

        if (!File.Exists(snapPath))
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(receivedPath, normalized, new UTF8Encoding(false));
            throw new SnapshotMismatchException($"No snapshot at {snapPath}. The received text is in {receivedPath}; rerun with UPDATE_SNAPSHOTS=1 to accept it.");
        }

        var expected = Normalize(File.ReadAllText(snapPath));
        if (string.Equals(expected, normalized, StringComparison.Ordinal))
        {
            DeleteIfExists(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, normalized, new UTF8Encoding(false));
        throw new SnapshotMismatchException(
            $"Snapshot {snapPath} does not match (received text in {receivedPath}; UPDATE_SNAPSHOTS=1 accepts it).{Environment.NewLine}{FirstDifference(expected, normalized)}");
    }

    private static bool IsUpdateRequested() =>
        Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") is "1" or "true";

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static void DeleteIfExists(string path)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : "<end of snapshot>";
            var a = i < actualLines.Length ? actualLines[i] : "<end of received>";
            if (!string.Equals(e, a, StringComparison.Ordinal))
            {
                return $"First difference at line {i + 1}:{Environment.NewLine}  expected: {e}{Environment.NewLine}  received: {a}";
            }
        }

        return "The texts differ only in their ends.";
    }
}
