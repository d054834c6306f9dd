using Xunit.Sdk;

namespace Platform.TestKit;

/// <summary>A snapshot did not match its stored text; the message says where the received text is.</summary>
public sealed class SnapshotMismatchException : XunitException
{
    public SnapshotMismatchException(string message)
        : base(message)
    {
    }
}
