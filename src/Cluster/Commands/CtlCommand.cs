using System.CommandLine;
using Hive.Cluster.Ctl;
using Spectre.Console;

namespace Hive.Cluster.Commands;

/// <summary>
/// `hive ctl [host:port] &lt;palette&gt; &lt;command&gt;`: manage a running node through its HTTP
/// management endpoint, in the spirit of Petabridge.Cmd's `pbm`.
/// </summary>
public static class CtlCommand
{
    internal static readonly Option<string> Node = new("--node")
    {
        Description = "Node HTTP address host:port (may also be given right after `ctl`). Default 127.0.0.1:5080 or HIVE_CTL_NODE.",
        Recursive = true,
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("HIVE_CTL_NODE") ?? CtlClient.DefaultNode,
    };

    internal static readonly Option<bool> Json = new("--json") { Description = "Print the raw JSON answer (for scripts).", Recursive = true };

    internal static readonly Option<string?> Token = new("--token-file")
    {
        Description = "File holding the API key. Default: HIVE_API_KEY, else DATA_DIR/admin.token (the bootstrap admin key). " +
                      "Keys are never flags: flags show in ps to every user of the machine.", Recursive = true,
    };

    internal static readonly Option<string?> Ca = new("--ca")
    {
        Description = "CA certificate (PEM) the node's HTTPS certificate must be signed by; a bare host:port then means https. " +
                      "Default HIVE_CTL_CA; without it the machine's trust store decides.", Recursive = true,
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("HIVE_CTL_CA") is { Length: > 0 } ca ? ca : null,
    };

    internal static readonly Option<string?> DataDir = new("--data-dir")
    {
        Description = "Where to look for admin.token. Default ./data.", Recursive = true,
    };

    /// <summary>Moves a host:port given right after `ctl` (or `admin`, `surveillance`, `report`) into --node, so both spellings work.</summary>
    public static string[] NormalizeArgs(string[] args)
    {
        if (args.Length >= 2 && args[0] is "ctl" or "admin" or "audit" or "surveillance" or "report" && LooksLikeAddress(args[1]))
            return [args[0], .. args[2..], "--node", args[1]];
        return args;
    }

    public static Command Create()
    {
        var ctl = new Command("ctl", "Manage a running node: cluster membership, sharding, actors, logs; trade on it: accounts, orders, fills, strategies.")
        {
            Node, Json, Token, Ca, DataDir,
            Cluster(),
            Palette("actor", "Inspect the actor tree.", ActorHierarchy()),
            Palette("log", "Read and tune the node's log.", LogPeek(), LogSetLevel()),
            CtlTradingCommands.Orders(),
            CtlTradingCommands.Accounts(),
            CtlTradingCommands.Strategies(),
            CtlAlgoCommands.Algos(),
            CtlTradingCommands.Fills(),
            CtlRiskCommands.Risk(),
            CtlUserCommands.Users(),
            SurveillanceCommand.Palette(),
        };
        return ctl;
    }

    private static Command Cluster()
    {
        var address = () => new Argument<string>("address") { Description = "Member address, akka.tcp://hive@host:port or host:port." };
        var join = new Command("join", "Ask this node to join the cluster at ADDRESS.") { address() };
        join.SetAction(Run((p, c, r, ct) => Post(c, r, "api/admin/cluster/join", new { address = p.GetValue((Argument<string>)join.Arguments[0]) }, "joining", ct)));
        var leaveArg = new Argument<string?>("address") { Description = "Member to leave; default this node.", Arity = ArgumentArity.ZeroOrOne };
        var leave = new Command("leave", "Gracefully remove a member (default: the node you talk to).") { leaveArg };
        leave.SetAction(Run((p, c, r, ct) => Post(c, r, "api/admin/cluster/leave", new { address = p.GetValue(leaveArg) }, "leaving", ct)));
        var down = new Command("down", "Mark an unreachable member as down so the cluster moves on without it.") { address() };
        down.SetAction(Run((p, c, r, ct) => Post(c, r, "api/admin/cluster/down", new { address = p.GetValue((Argument<string>)down.Arguments[0]) }, "downed", ct)));
        var downUnreachable = new Command("down-unreachable", "Down every member that is currently unreachable.");
        downUnreachable.SetAction(Run((_, c, r, ct) => Post(c, r, "api/admin/cluster/down-unreachable", null, "downed", ct)));

        var show = new Command("show", "List the cluster's members.");
        show.SetAction(Run(async (_, c, r, ct) => r.Members(await c.GetAsync("api/cluster/members", ct))));
        var status = new Command("status", "One-line summary of the node and the cluster.");
        status.SetAction(Run(async (_, c, r, ct) => r.Status(await c.GetAsync("api/cluster/members", ct))));
        var leader = new Command("leader", "Print the current leader.");
        leader.SetAction(Run(async (_, c, r, ct) => r.Leader(await c.GetAsync("api/admin/cluster/leader", ct), fromMembers: false)));
        var tail = new Command("tail", "Stream member and reachability events until Ctrl+C.");
        tail.SetAction(Run(async (_, c, r, ct) =>
        {
            await foreach (var e in c.StreamAsync("api/admin/cluster/events", ct))
            {
                if (r.Json) r.Raw(e);
                else r.Console.WriteLine($"{e.GetProperty("at").GetString()} {e.GetProperty("event").GetString(),-16} {e.GetProperty("address").GetString()} {e.GetProperty("status")}");
            }
        }));

        var regions = new Command("regions", "Shard regions with shard and entity counts.");
        regions.SetAction(Run(async (_, c, r, ct) => r.Regions(await c.GetAsync("api/cluster/shards", ct))));
        var regionArg = new Argument<string>("region") { Description = "account, order, instrument or strategy." };
        var regionStats = new Command("region-stats", "Shards and entity counts of one region, per node.") { regionArg };
        regionStats.SetAction(Run(async (p, c, r, ct) => r.RegionStats(await c.GetAsync($"api/admin/sharding/{Uri.EscapeDataString(p.GetValue(regionArg)!)}", ct))));

        return Palette("cluster", "Cluster membership and sharding.",
            show, status, leader, join, leave, down, downUnreachable, tail,
            Palette("sharding", "Shard regions.", regions, regionStats));
    }

    private static Command ActorHierarchy()
    {
        var depth = new Option<int>("--depth", "-d") { Description = "How many levels below /user and /system.", DefaultValueFactory = _ => 3 };
        var hierarchy = new Command("hierarchy", "Print the actor tree.") { depth };
        hierarchy.SetAction(Run(async (p, c, r, ct) => r.Hierarchy(await c.GetAsync($"api/admin/actors?depth={p.GetValue(depth)}", ct))));
        return hierarchy;
    }

    private static Command LogPeek()
    {
        var lines = new Option<int>("--lines", "-n") { Description = "How many recent lines.", DefaultValueFactory = _ => 50 };
        var peek = new Command("peek", "Show the node's most recent log lines.") { lines };
        peek.SetAction(Run(async (p, c, r, ct) => r.Log(await c.GetAsync($"api/admin/log?lines={p.GetValue(lines)}", ct))));
        return peek;
    }

    private static Command LogSetLevel()
    {
        var level = new Argument<string>("level") { Description = "debug, info, warning or error." };
        var set = new Command("set-level", "Change the node's Akka log level at run time.") { level };
        set.SetAction(Run((p, c, r, ct) => Post(c, r, "api/admin/log/level", new { level = p.GetValue(level) }, "level", ct)));
        return set;
    }

    private static async Task Post(CtlClient client, CtlRenderer renderer, string path, object? body, string key, CancellationToken ct)
    {
        var result = await client.PostAsync(path, body, ct);
        var value = result.TryGetProperty(key, out var v) ? v.ToString() : result.ToString();
        renderer.Message(result, $"{key}: {value}");
    }

    internal static Command Palette(string name, string description, params Command[] commands)
    {
        var palette = new Command(name, description);
        foreach (var c in commands) palette.Subcommands.Add(c);
        return palette;
    }

    /// <summary>
    /// Wraps a command's work: a client for the node, a renderer on the invocation's output (Console.Out unless a
    /// caller such as a test gives another writer), and the exit code of whatever went wrong on stderr.
    /// </summary>
    internal static Func<ParseResult, CancellationToken, Task<int>> Run(Func<ParseResult, CtlClient, CtlRenderer, CancellationToken, Task> action) =>
        async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var console = CliConsole.For(output);
            try
            {
                using var client = new CtlClient(parse.GetValue(Node)!, CtlClient.ResolveToken(parse.GetValue(Token), parse.GetValue(DataDir)),
                    caFile: parse.GetValue(Ca));
                await action(parse, client, new CtlRenderer(console, parse.GetValue(Json)), ct);
                return CtlExit.Ok;
            }
            catch (CtlException e)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"hive ctl: {e.Message}");
                return e.ExitCode;
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return CtlExit.Ok;
            }
        };

    /// <summary>True when the parsed command line is a `hive ctl` command (its parse errors exit with <see cref="CtlExit.Usage"/>).</summary>
    public static bool IsCtl(ParseResult parse)
    {
        for (var c = parse.CommandResult; c is not null; c = c.Parent as System.CommandLine.Parsing.CommandResult)
            if (c.Command.Name is "ctl" or "admin" or "audit" or "surveillance" or "report") return true;
        return false;
    }

    private static bool LooksLikeAddress(string text) =>
        !text.StartsWith('-') && (text.Contains(':') || text.Equals("localhost", StringComparison.OrdinalIgnoreCase));
}
