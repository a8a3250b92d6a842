using System.CommandLine;
using static Hive.Cluster.Commands.CtlCommand;

namespace Hive.Cluster.Commands;

/// <summary>
/// `hive admin [host:port] &lt;verb&gt;`: maintenance of a running node's data through its token-protected management
/// endpoint (the same address, token and exit codes as `hive ctl`).
/// </summary>
public static class AdminCommand
{
    public static Command Create()
    {
        var rebuild = new Command("rebuild-projections",
            "Empty the read tables (orders, fills, accounts, strategies) and their offsets, and re-run the projection from the start " +
            "of the journal. Lists catch up again within seconds to minutes (watch projection/*/events-behind in /api/counters).");
        rebuild.SetAction(Run(async (_, c, r, ct) =>
        {
            var reply = await c.PostAsync("api/admin/projections/rebuild", null, ct);
            r.Message(reply, $"read tables emptied at {reply.GetProperty("truncatedAt")}; the projection is folding the journal from its start");
        }));
        return new Command("admin", "Maintain a running node's data: rebuild the read side.") { CtlCommand.Node, Json, Token, CtlCommand.Ca, DataDir, rebuild };
    }
}
