using System.Net;
using System.Net.Sockets;

namespace Hive.Cluster.Node;

/// <summary>
/// Checks before start-up that the remoting and HTTP ports are free. Akka's DotNetty transport binds with
/// <c>tcp-reuse-addr</c>, which .NET turns into SO_REUSEADDR and SO_REUSEPORT on Linux: a second node on the same port
/// binds without error and forms a cluster of its own beside the first. The probe binds with SO_REUSEADDR alone (so
/// connections of a node that just stopped, in TIME_WAIT, do not count) and without SO_REUSEPORT, which the kernel
/// refuses while another socket listens there, whatever options that socket used.
/// </summary>
public static class PortProbe
{
    /// <summary>A message naming the busy port and the flag that changes it, or null when both ports are free.</summary>
    public static string? Check(NodeOptions options) =>
        InUse(options.Hostname, options.Port)
            ? $"remoting port {options.Port} is already in use (another hive node?); pick another with --port"
            : InUse(options.HttpBind, options.HttpPort)
                ? $"HTTP port {options.HttpPort} is already in use (another hive node?); pick another with --http-port"
                : null;

    /// <summary>True when something listens on <paramref name="port"/> of the address <paramref name="host"/> binds to.
    /// Port 0 (any free port) and host names that do not resolve are left for the real bind to judge.</summary>
    public static bool InUse(string host, int port)
    {
        if (port == 0) return false;
        IPAddress address;
        if (host is "0.0.0.0" or "*" or "+") address = IPAddress.Any;
        else if (!IPAddress.TryParse(host, out address!))
        {
            try
            {
                address = Dns.GetHostAddresses(host).FirstOrDefault() ?? IPAddress.Any;
            }
            catch (SocketException)
            {
                return false;
            }
        }

        using var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        AllowTimeWait(socket);
        try
        {
            socket.Bind(new IPEndPoint(address, port));
            socket.Listen(1);
            return false;
        }
        catch (SocketException e)
        {
            // Anything else (a privileged port, an address not on this machine) is for the real bind to report.
            return e.SocketErrorCode == SocketError.AddressAlreadyInUse;
        }
    }

    // Socket.ReuseAddress would also set SO_REUSEPORT on Linux and make the probe share the port like DotNetty does.
    private static void AllowTimeWait(Socket socket)
    {
        if (OperatingSystem.IsLinux()) socket.SetRawSocketOption(1, 2, BitConverter.GetBytes(1)); // SOL_SOCKET, SO_REUSEADDR
        else if (OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD()) socket.SetRawSocketOption(0xffff, 4, BitConverter.GetBytes(1));
    }
}
