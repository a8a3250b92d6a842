using System.Diagnostics;
using Hive.Actors.ReadModel;
using Hive.Cluster.Security;
using Hive.Core.Audit;
using Hive.Core.Ids;
using Hive.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hive.Bench.Security;

/// <summary>
/// `dotnet run -c Release --project bench/Hive.Bench -- security [--ops N]`: the cost per order of the security the HTTP gate
/// adds, pure (no HTTP, no node): authenticating a trader key among 1,000 users (lookup + salted SHA-256 + constant-time
/// compare), the role and account check, chaining one audit record (SHA-256 over its fields), and storing audit records
/// through <see cref="AuditWriter"/>'s group commit into a real SQLite file. With <c>HIVE_BENCH_SECURITY=on</c>,
/// `cluster orders` runs the same gate per order (<see cref="OrderGate"/>), for the order path with security off vs on.
/// </summary>
public static class SecurityLoadGenerator
{
    public static async Task<int> RunAsync(string[] args)
    {
        var ops = args.Length == 2 && args[0] == "--ops" ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000;
        var users = new UserDirectoryCache();
        var (state, keys) = OrderGate.Traders(1_000);
        users.Update(state);
        var authenticator = new ApiAuthenticator("bootstrap", users);

        Time("authenticate a trader key (1,000 users)", ops, i => authenticator.Verify(keys[i % keys.Length]));
        var caller = authenticator.Verify(keys[0])!;
        var account = new AccountId("acc-0");
        Time("role and account check", ops, _ => ApiPolicy.Allows(caller.Role, ApiAccess.Trade) && caller.MayActOn(account));
        var entry = new AuditEntry(DateTime.UtcNow, "trader-0", "trader", "POST /api/orders", "/api/orders", "o-1", 200,
            """{"clientOrderId":"o-1","accountId":"acc-0","instrument":"SIMX:BTC-USDT","side":"buy","quantity":0.01}""");
        var previous = AuditChain.Genesis;
        Time("chain one audit record", ops, i => previous = AuditChain.Append("node", i + 1, previous, entry).Hash);

        var dir = Directory.CreateTempSubdirectory("hive-bench-audit-").FullName;
        try
        {
            var writer = new AuditWriter(new AuditStore(ReadModelDialect.For(TestNode.SqliteSettings(Path.Combine(dir, "hive.db")))), "node",
                NullLogger<AuditWriter>.Instance);
            await writer.StartAsync(CancellationToken.None);
            var records = Math.Min(ops, 200_000);
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < records; i++) writer.Record(entry);
            while (writer.Written < records) await Task.Delay(1);
            Console.WriteLine($"security: audit records stored through the group commit (SQLite): {records / clock.Elapsed.TotalSeconds:N0}/s " +
                              $"= {clock.Elapsed.TotalMilliseconds * 1000 / records:N2} µs per record");
            await writer.StopAsync(CancellationToken.None);
            writer.Dispose();
        }
        finally
        {
            Directory.Delete(dir, true);
        }
        return 0;
    }

    private static void Time<T>(string what, int ops, Func<int, T> op)
    {
        for (var i = 0; i < Math.Min(ops, 10_000); i++) op(i);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < ops; i++) op(i);
        Console.WriteLine($"security: {what}: {clock.Elapsed.TotalMilliseconds * 1_000_000 / ops:N0} ns per order");
    }
}
