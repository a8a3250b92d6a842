using System.Net;
using System.Net.Sockets;

namespace Hive.Actors.Hosting;

/// <summary>A TCP port on loopback that nothing listens on right now (for nodes a test or a drill starts).</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
