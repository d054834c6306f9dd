namespace Platform.TestKit.Tests;

public sealed class SnapshotTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "snap-" + Guid.NewGuid().ToString("N"));

    private string CallerFile => Path.Combine(_folder, "SampleTests.cs");

    private string SnapPath => Path.Combine(_folder, "__snapshots__", "SampleTests.Case.snap");

    private string ReceivedPath => Path.Combine(_folder, "__snapshots__", "SampleTests.Case.received");

    [Fact]
    public void Match_StoredTextEqual_Passes()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(SnapPath)!);
        File.WriteAllText(SnapPath, "line 1\r\nline 2");

        Snapshot.Match("line 1\nline 2", callerFile: CallerFile, callerMember: "Case");

        Assert.False(File.Exists(ReceivedPath));
    }

    [Fact]
    public void Match_StoredTextDifferent_FailsAndWritesReceived()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(SnapPath)!);
        File.WriteAllText(SnapPath, "line 1\nline 2");

        var error = Assert.Throws<SnapshotMismatchException>(() => Snapshot.Match("line 1\nline two", callerFile: CallerFile, callerMember: "Case"));

        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("line two", error.Message, StringComparison.Ordinal);
        Assert.Equal("line 1\nline two", File.ReadAllText(ReceivedPath));
    }

    [Fact]
    public void Match_NoSnapshot_FailsAndWritesReceived()
    {
        Assert.Throws<SnapshotMismatchException>(() => Snapshot.Match("new", callerFile: CallerFile, callerMember: "Case"));

        Assert.Equal("new", File.ReadAllText(ReceivedPath));
        Assert.False(File.Exists(SnapPath));
    }

    [Fact]
    public void FreePort_IsBindable()
    {
        var port = FreePort.Next();

        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, port);
        listener.Start();
        Assert.InRange(port, 1, 65535);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
