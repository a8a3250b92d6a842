using System.Diagnostics;

namespace Hive.Cluster.Drills;

/// <summary>
/// The network of a partition drill: one network namespace per node (<c>ip netns add</c>), each with a veth link into a
/// bridge in the drill's own namespace, which holds the .254 address of the drill's /24 so the drill's client reaches
/// every node's HTTP. <see cref="Isolate"/> cuts one node off from the others and leaves its link to the drill: inside its
/// namespace, and inside each of theirs, a <c>prohibit</c> route to the other side, so no cluster traffic passes either
/// way while the drill can still send it writes (which must then be refused). Disposing deletes every veth pair, every
/// namespace and the bridge. Needs root (CAP_NET_ADMIN).
/// </summary>
public sealed class DrillNetwork : IDisposable
{
    private readonly string _id;
    private readonly int _subnet;
    private readonly List<string> _namespaces = [];
    private readonly List<string> _links = [];
    private bool _bridge;
    private int _removed;

    private DrillNetwork(string id, int subnet)
    {
        _id = id;
        _subnet = subnet;
    }

    private string Bridge => $"hvb{_id}";

    public string Namespace(int node) => $"hive-drill-{_id}-{node}";

    public string Address(int node) => $"10.213.{_subnet}.{node + 1}";

    /// <summary>Creates the namespaces and links of <paramref name="nodes"/> nodes; a clear error (everything made so far
    /// removed) when <c>ip netns</c> is missing or not permitted.</summary>
    public static DrillNetwork Create(int nodes, int seed)
    {
        var random = new Random(seed ^ Environment.ProcessId);
        var network = new DrillNetwork(Convert.ToHexString(BitConverter.GetBytes(random.Next())).ToLowerInvariant()[..4], random.Next(1, 254));
        try
        {
            network.Ip("link", "add", network.Bridge, "type", "bridge");
            network._bridge = true;
            network.Ip("addr", "add", $"10.213.{network._subnet}.254/24", "dev", network.Bridge);
            network.Ip("link", "set", network.Bridge, "up");
            for (var i = 0; i < nodes; i++)
            {
                var ns = network.Namespace(i);
                var (host, inner) = ($"hv{network._id}h{i}", $"hv{network._id}c{i}");
                network.Ip("netns", "add", ns);
                network._namespaces.Add(ns);
                network.Ip("link", "add", host, "type", "veth", "peer", "name", inner);
                network._links.Add(host);
                network.Ip("link", "set", inner, "netns", ns);
                network.Ip("link", "set", host, "master", network.Bridge, "up");
                network.Ip("-n", ns, "addr", "add", $"{network.Address(i)}/24", "dev", inner);
                network.Ip("-n", ns, "link", "set", inner, "up");
                network.Ip("-n", ns, "link", "set", "lo", "up");
            }
            return network;
        }
        catch (InvalidOperationException e)
        {
            network.Dispose();
            throw new InvalidOperationException($"a partition drill needs network namespaces (run as root, with the iproute2 'ip' tool): {e.Message}", e);
        }
    }

    /// <summary>Cuts <paramref name="node"/> off from <paramref name="others"/>, both ways; the drill still reaches it.</summary>
    public void Isolate(int node, IEnumerable<int> others)
    {
        foreach (var other in others)
        {
            Ip("-n", Namespace(node), "route", "add", "prohibit", $"{Address(other)}/32");
            Ip("-n", Namespace(other), "route", "add", "prohibit", $"{Address(node)}/32");
        }
    }

    private void Ip(params string[] args)
    {
        var info = new ProcessStartInfo("ip") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        Process process;
        try
        {
            process = Process.Start(info) ?? throw new InvalidOperationException("could not start 'ip'");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"could not run 'ip': {e.Message}", e);
        }
        using (process)
        {
            var error = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(30_000)) throw new InvalidOperationException($"'ip {string.Join(' ', args)}' did not finish in 30 s");
            if (process.ExitCode != 0) throw new InvalidOperationException($"'ip {string.Join(' ', args)}' failed: {error.Result.Trim()}");
        }
    }

    /// <summary>Deletes every namespace and the bridge; what cannot be deleted is reported on stderr, not thrown (this runs
    /// in finally blocks and at process exit).</summary>
    public void Dispose()
    {
        // Once, also when the finally block and the process-exit hook race.
        if (Interlocked.Exchange(ref _removed, 1) == 1) return;
        // Explicitly: a deleted namespace frees its end of a link only once its last socket has gone (seen: links left
        // behind by sockets still closing across the cut), and deleting either end of a veth pair deletes both.
        foreach (var link in _links) Remove("link", "del", link);
        foreach (var ns in _namespaces) Remove("netns", "del", ns);
        if (_bridge) Remove("link", "del", Bridge);
    }

    private void Remove(params string[] args)
    {
        try
        {
            Ip(args);
        }
        catch (InvalidOperationException e)
        {
            Console.Error.WriteLine($"drill network cleanup: {e.Message}");
        }
    }
}
