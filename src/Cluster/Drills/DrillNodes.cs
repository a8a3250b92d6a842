using System.Diagnostics;
using System.Runtime.InteropServices;
using Hive.Actors.Hosting;
using Hive.Cluster.Node;

namespace Hive.Cluster.Drills;

/// <summary>
/// The real <c>hive node</c> processes of one drill: started from this very executable on free loopback ports, all on
/// one journal (the SQLite file of a shared data folder, or a PostgreSQL connection), the first the seed of the others.
/// The drill can kill one (SIGKILL: no leave) or stop it (SIGTERM: a graceful leave). Disposing kills every process
/// still running, so nothing is left behind, also when the drill is interrupted.
/// </summary>
public sealed class DrillNodes : IDisposable
{
    private readonly List<DrillNode> _nodes = [];
    private readonly string _dataDir;
    private readonly string? _postgres;
    private readonly DrillNetwork? _network;
    private readonly IReadOnlyDictionary<string, string> _settings;
    private string _seed = "";
    private Process? _lighthouse;

    /// <param name="network">When given, each node runs in its own network namespace of it (a partition drill) on its
    /// address there, plain HTTP beyond loopback; else on loopback.</param>
    /// <param name="settings">More node settings, as <c>HIVE__*</c> environment variables (a test of manual downing
    /// gives the split-brain resolver a stable-after it never reaches).</param>
    public DrillNodes(string workDir, string token, string? postgres, DrillNetwork? network = null,
        IReadOnlyDictionary<string, string>? settings = null)
    {
        WorkDir = workDir;
        Token = token;
        _postgres = postgres;
        _network = network;
        _settings = settings ?? new Dictionary<string, string>();
        _dataDir = DataDir(workDir);
        Directory.CreateDirectory(_dataDir);
    }

    /// <summary>The data folder the nodes of a drill in <paramref name="workDir"/> share.</summary>
    public static string DataDir(string workDir) => Path.Combine(workDir, "data");

    public string WorkDir { get; }

    public string Token { get; }

    public IReadOnlyList<DrillNode> All => _nodes;

    public IEnumerable<DrillNode> Alive => _nodes.Where(n => n.IsAlive);

    /// <summary>The lighthouse's address when the nodes joined through one (<see cref="StartAsync"/>).</summary>
    public string? LighthouseAddress { get; private set; }

    /// <summary>Starts <paramref name="count"/> nodes and waits until each is ready and all are Up. The first is the seed
    /// of the others; with <paramref name="lighthouse"/> (the path of a built <c>Hive.Lighthouse.dll</c>, in its own
    /// output folder: it brings hosting libraries that hive takes from ASP.NET) a lighthouse is, a seed-only member that
    /// hosts no entities, and it counts among the members Up.</summary>
    public async Task StartAsync(int count, TimeSpan within, CancellationToken ct, string? lighthouse = null)
    {
        var seedPort = FreePort.Next();
        _seed = $"{Host(0)}:{seedPort}";
        if (lighthouse is not null) StartLighthouse(lighthouse, seedPort);
        for (var i = 0; i < count; i++)
        {
            var node = Start(i, i == 0 && lighthouse is null ? seedPort : FreePort.Next(), _seed);
            _nodes.Add(node);
            if (i == 0) await node.WaitReadyAsync(within, ct);
        }
        foreach (var node in _nodes) await node.WaitReadyAsync(within, ct);
        var members = count + (lighthouse is null ? 0 : 1);
        await WaitAsync(async () => await _nodes[0].UpMembersAsync(ct) == members, within, $"{members} members Up", ct);
    }

    /// <summary>Starts one more node, joining through the first node or through <paramref name="seeds"/> (host:port, comma
    /// separated; empty: it is its own seed, as a node started again alone on the journal of one that was killed); it does
    /// not wait for it to be ready (a node whose seed is not there never is until it is told to join).</summary>
    public DrillNode Add(string? seeds = null)
    {
        var node = Start(_nodes.Count, FreePort.Next(), seeds ?? _seed);
        _nodes.Add(node);
        return node;
    }

    private string Host(int index) => _network?.Address(index) ?? "127.0.0.1";

    private void StartLighthouse(string assembly, int port)
    {
        if (_network is not null) throw new InvalidOperationException("a drill in network namespaces has no lighthouse");
        if (!File.Exists(assembly)) throw new InvalidOperationException($"no lighthouse: {assembly} does not exist");
        var info = ProcessInfo(DotnetHost(), [assembly]);
        info.Environment["CLUSTER_IP"] = Host(0);
        info.Environment["CLUSTER_PORT"] = $"{port}";
        info.Environment["CLUSTER_SEEDS"] = $"akka.tcp://hive@{Host(0)}:{port}";
        // The resolver's and the failure detector's settings (HIVE__STABLEAFTERSECONDS, ...) are the nodes'.
        foreach (var (name, value) in _settings) info.Environment[name] = value;
        _lighthouse = Launch(info, Path.Combine(WorkDir, "lighthouse.log"));
        LighthouseAddress = $"akka.tcp://hive@{Host(0)}:{port}";
    }

    private DrillNode Start(int index, int port, string seed)
    {
        var httpPort = FreePort.Next();
        var (file, prefix) = (DotnetHost(), new[] { typeof(DrillNodes).Assembly.Location });
        if (_network is not null) (file, prefix) = ("ip", ["netns", "exec", _network.Namespace(index), file, .. prefix]);
        var info = ProcessInfo(file, [.. prefix, "node", "--data-dir", _dataDir, "--port", $"{port}", "--http-port", $"{httpPort}", "--no-paper",
            .. seed.Length > 0 ? new[] { "--seeds", seed } : []]);
        // In the environment, not a flag: flags show in ps to every user of the machine.
        info.Environment["HIVE__ADMINTOKEN"] = Token;
        if (_postgres is not null) info.Environment["HIVE__POSTGRES"] = _postgres;
        info.Environment["HIVE__IMPORTSAMPLES"] = "false";
        foreach (var (name, value) in _settings) info.Environment[name] = value;
        if (_network is not null)
        {
            info.Environment["HIVE__HOSTNAME"] = Host(index);
            info.Environment["HIVE__HTTPBIND"] = Host(index);
            // The drill's own private bridge: nothing beyond this machine can reach it.
            info.Environment["HIVE__INSECUREHTTP"] = "true";
        }
        var log = Path.Combine(WorkDir, $"node{index}.log");
        return new DrillNode(index, Host(index), port, httpPort, Launch(info, log), log, Token);
    }

    private static ProcessStartInfo ProcessInfo(string file, IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in arguments) info.ArgumentList.Add(arg);
        return info;
    }

    /// <summary>Starts the process, its output and errors going to <paramref name="log"/>.</summary>
    private static Process Launch(ProcessStartInfo info, string log)
    {
        var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {string.Join(' ', info.ArgumentList)}");
        var writer = new StreamWriter(log) { AutoFlush = true };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (writer) writer.WriteLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (writer) writer.WriteLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>How to run this same Hive's assemblies: under the same <c>dotnet</c> host.</summary>
    private static string DotnetHost() =>
        Environment.ProcessPath is { } p && Path.GetFileNameWithoutExtension(p) == "dotnet" ? p : "dotnet";

    public static async Task WaitAsync(Func<Task<bool>> condition, TimeSpan within, string what, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + within;
        while (true)
        {
            try
            {
                if (await condition()) return;
            }
            catch (HttpRequestException)
            {
                // not answering yet
            }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested)
            {
                // a request timed out: try again
            }
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"the drill's cluster did not reach '{what}' within {within.TotalSeconds:0} s");
            await Task.Delay(200, ct);
        }
    }

    public void Dispose()
    {
        foreach (var node in _nodes) node.Dispose();
        if (_lighthouse is null) return;
        try
        {
            if (!_lighthouse.HasExited) _lighthouse.Kill();
        }
        catch (InvalidOperationException)
        {
            // already gone
        }
        _lighthouse.Dispose();
    }
}

/// <summary>One <c>hive node</c> process of a drill, with an HTTP client of its API.</summary>
public sealed class DrillNode : IDisposable
{
    private const int SigTerm = 15;
    private readonly Process _process;

    public DrillNode(int index, string host, int port, int httpPort, Process process, string log, string token)
    {
        Index = index;
        Host = host;
        Port = port;
        HttpPort = httpPort;
        _process = process;
        Log = log;
        Http = new HttpClient { BaseAddress = new Uri($"http://{host}:{httpPort}/"), Timeout = TimeSpan.FromSeconds(5) };
        Http.DefaultRequestHeaders.Add(AdminToken.Header, token);
    }

    public int Index { get; }

    public string Host { get; }

    public int Port { get; }

    public int HttpPort { get; }

    public string Log { get; }

    public HttpClient Http { get; }

    public string Name => $"node{Index}";

    public string Address => $"akka.tcp://hive@{Host}:{Port}";

    public bool IsAlive => !_process.HasExited;

    public int ExitCode => _process.ExitCode;

    public async Task WaitReadyAsync(TimeSpan within, CancellationToken ct) =>
        await DrillNodes.WaitAsync(async () =>
        {
            if (!IsAlive) throw new InvalidOperationException($"{Name} exited with code {_process.ExitCode} while starting; see {Log}");
            using var response = await Http.GetAsync("health/ready", ct);
            return response.IsSuccessStatusCode;
        }, within, $"{Name} ready", ct);

    public async Task<int> UpMembersAsync(CancellationToken ct)
    {
        using var doc = System.Text.Json.JsonDocument.Parse(await Http.GetStringAsync("api/cluster/members", ct));
        return doc.RootElement.GetProperty("members").EnumerateArray().Count(m => m.GetProperty("status").GetString() == "Up");
    }

    /// <summary>The ids of the entities of <paramref name="region"/> this node hosts (its <c>/api/admin/sharding/REGION/local</c>).</summary>
    public async Task<IReadOnlyList<string>> HostedAsync(string region, CancellationToken ct)
    {
        using var doc = System.Text.Json.JsonDocument.Parse(await Http.GetStringAsync($"api/admin/sharding/{region}/local", ct));
        return doc.RootElement.GetProperty("shards").EnumerateArray().SelectMany(s => s.GetProperty("entityIds").EnumerateArray())
            .Select(e => e.GetString()!).ToList();
    }

    /// <summary>SIGKILL: the process vanishes without leaving the cluster.</summary>
    public void Kill()
    {
        if (IsAlive) _process.Kill();
        _process.WaitForExit(10_000);
    }

    /// <summary>SIGTERM: the node leaves the cluster gracefully (its shards are handed off) and exits.</summary>
    public void Terminate()
    {
        if (IsAlive && kill(_process.Id, SigTerm) != 0)
            throw new InvalidOperationException($"could not send SIGTERM to {Name} (pid {_process.Id}): errno {Marshal.GetLastPInvokeError()}");
    }

    public bool WaitForExit(TimeSpan within) => _process.WaitForExit(within);

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int sig);

    public void Dispose()
    {
        try
        {
            if (IsAlive) _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // already gone
        }
        _process.Dispose();
        Http.Dispose();
    }
}
