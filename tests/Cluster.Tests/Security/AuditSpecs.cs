using System.Text.Json;
using Hive.Cluster.Ctl;
using Hive.Cluster.Node;
using Hive.Cluster.Security;
using Hive.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using static Hive.Cluster.Tests.TradingApi;

namespace Hive.Cluster.Tests.Security;

/// <summary>The audit trail through the real node: who did what to an order, and `hive audit verify` on rows tampered with in
/// the node's own SQLite file.</summary>
public sealed class AuditSpecs(ScopedAccountsFixture node) : IClassFixture<ScopedAccountsFixture>
{
    private readonly SecurityApi _security = new(node);

    private Task<(int ExitCode, string Stdout, string Stderr)> Audit(params string[] args) =>
        InProcessHive.RunAsync(["audit", node.HttpAddress, .. args, "--token-file", node.TokenFile]);

    [Fact]
    public async Task An_orders_trail_names_who_submitted_and_who_cancelled_it()
    {
        Accepted(await _security.SendAsync(node.TraderKey, HttpMethod.Post, "api/orders",
            new { clientOrderId = "audit-1", accountId = "SEC-A", instrument = "SIM:SPX", side = "buy", quantity = 1, limitPrice = 1 }));
        await new TradingApi(node).WhenAsync("api/orders/audit-1", _ => true, "order audit-1 is on the read side");
        await _security.SendAsync(node.Token, HttpMethod.Post, "api/orders/audit-1/cancel", new { reason = "desk closes" });

        var trail = await new TradingApi(node).WhenAsync("api/orders/audit-1/audit", t => t.GetProperty("count").GetInt32() == 2, "the trail has both actions");
        var records = trail.GetProperty("records").EnumerateArray().ToList();
        var ownView = await _security.GetAsync(node.TraderKey, "api/orders/audit-1/audit");
        var otherView = await _security.GetAsync(node.TraderKey, "api/orders/sec-b-1/audit");

        Assert.Equal(["sec-trader", "bootstrap-admin"], records.Select(r => r.GetProperty("user").GetString()));
        Assert.Equal(["POST /api/orders", "POST /api/orders/{id}/cancel"], records.Select(r => r.GetProperty("action").GetString()));
        Assert.Contains("desk closes", records[1].GetProperty("detail").GetString());
        Assert.Equal(200, ownView.Status);
        Assert.Equal(403, otherView.Status);
    }

    [Fact]
    public async Task Verify_names_the_first_modified_deleted_inserted_or_reordered_record()
    {
        for (var i = 0; i < 5; i++)
            await _security.SendAsync(node.Token, HttpMethod.Post, $"api/accounts/AUDIT-{i}/open", new { type = "cash" });
        var writer = node.Services.GetRequiredService<AuditWriter>();
        await Eventually.HoldsAsync(() => Task.FromResult(writer.Written >= 5), "the audit writer stored the opens");
        var intact = await Audit("verify");
        Assert.True(intact.ExitCode == CtlExit.Ok, intact.Stdout + intact.Stderr);
        Assert.Contains("intact", intact.Stdout);

        await TamperedAsync($"UPDATE hive_audit SET user_name = 'mallory' WHERE chain = '{writer.Chain}' AND seq = 2",
            $"UPDATE hive_audit SET user_name = 'bootstrap-admin' WHERE chain = '{writer.Chain}' AND seq = 2", "first bad record 2", "modified");
        await TamperedAsync($"UPDATE hive_audit SET seq = -seq WHERE chain = '{writer.Chain}' AND seq = 3",
            $"UPDATE hive_audit SET seq = -seq WHERE chain = '{writer.Chain}' AND seq = -3", "first bad record -3", "out of order");
        await TamperedAsync($"UPDATE hive_audit SET chain = 'gone' WHERE chain = '{writer.Chain}' AND seq = 3",
            $"UPDATE hive_audit SET chain = '{writer.Chain}' WHERE chain = 'gone' AND seq = 3", "first bad record 4", "missing");
        await TamperedAsync($"""
             INSERT INTO hive_audit SELECT chain, 1000, at, user_name, role, action, path, subject, status, detail, prev_hash, hash
             FROM hive_audit WHERE chain = '{writer.Chain}' AND seq = 2
             """, $"DELETE FROM hive_audit WHERE chain = '{writer.Chain}' AND seq = 1000", "first bad record 1000", "");
        Assert.Equal(CtlExit.Ok, (await Audit("verify")).ExitCode);
    }

    [Fact]
    public async Task Show_lists_a_users_records_as_a_table_and_as_json()
    {
        await _security.SendAsync(node.TraderKey, HttpMethod.Post, "api/orders/sec-a-1/cancel", new { reason = "show me" });
        await Eventually.HoldsAsync(async () => (await Audit("show", "--user", "sec-trader", "--json")).Stdout.Contains("show me"), "the cancel is in the trail");

        var table = await Audit("show", "--user", "sec-trader");
        var json = JsonDocument.Parse((await Audit("show", "--user", "sec-trader", "--json")).Stdout).RootElement;

        Assert.Contains("POST /api/orders/{id}/cancel", table.Stdout);
        Assert.All(json.GetProperty("records").EnumerateArray(), r => Assert.Equal("sec-trader", r.GetProperty("user").GetString()));
    }

    /// <summary>Runs the tampering SQL on the node's database, expects verify to fail naming the record, and undoes it.</summary>
    private async Task TamperedAsync(string tamper, string undo, string named, string reason)
    {
        await ExecuteAsync(tamper);
        var (exit, stdout, stderr) = await Audit("verify");
        await ExecuteAsync(undo);
        Assert.True(exit == CtlExit.Failed, $"verify after `{tamper}` exited {exit}: {stdout}{stderr}");
        Assert.Contains(named, stdout);
        Assert.Contains(reason, stdout);
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(node.DataDir, NodeOptions.JournalFileName)}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
