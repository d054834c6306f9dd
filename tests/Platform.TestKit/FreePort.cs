using System.Net;
using System.Net.Sockets;

namespace Platform.TestKit;

/// <summary>Finds loopback TCP ports nothing listens on.</summary>
public static class FreePort
{
    /// <summary>Asks the OS for an ephemeral port on 127.0.0.1 and releases it.</summary>
    /// <remarks>Another process may take the port before it is used; callers retry on bind failure.</remarks>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
