using System.CommandLine;
using Hive.Cluster.Ctl;
using static Hive.Cluster.Commands.CtlCommand;

namespace Hive.Cluster.Commands;

/// <summary>`hive audit [host:port] show|verify`: the node's audit trail of privileged actions, and the check of its hash
/// chains (the same address, key and exit codes as `hive ctl`; admin keys only). `verify` exits 1 naming the first bad record
/// of each broken chain.</summary>
public static class AuditCommand
{
    public static Command Create()
    {
        var since = new Option<DateTime?>("--since") { Description = "Only records at or after this UTC time (ISO-8601)." };
        var user = new Option<string?>("--user", "-u") { Description = "Only this user's records." };
        var limit = new Option<int?>("--limit", "-n") { Description = "At most this many records (default 1000)." };
        var show = new Command("show", "Privileged actions oldest first: time, user, role, action, subject, status.") { since, user, limit };
        show.SetAction(Run(async (p, c, r, ct) =>
        {
            var query = new List<string> { $"limit={p.GetValue(limit) ?? 1000}" };
            if (p.GetValue(since) is { } s) query.Add($"since={Uri.EscapeDataString(DateTime.SpecifyKind(s, DateTimeKind.Utc).ToString("O"))}");
            if (p.GetValue(user) is { } u) query.Add($"user={Uri.EscapeDataString(u)}");
            r.Audit.Records(await c.GetAsync($"api/audit?{string.Join('&', query)}", ct));
        }));
        var verify = new Command("verify", "Check every record's hash and its link to the one before; exit 1 naming the first bad record.");
        verify.SetAction(async (p, ct) =>
        {
            var exit = CtlExit.Ok;
            var run = Run(async (_, c, r, token) =>
            {
                var reply = await c.GetAsync("api/audit/verify", token);
                r.Audit.Verified(reply);
                if (!reply.GetProperty("intact").GetBoolean()) exit = CtlExit.Failed;
            });
            var code = await run(p, ct);
            return code != CtlExit.Ok ? code : exit;
        });
        return new Command("audit", "The audit trail of privileged actions (admin): show, verify.") { CtlCommand.Node, Json, Token, CtlCommand.Ca, DataDir, show, verify };
    }
}
