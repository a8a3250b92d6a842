using Hive.Cluster.Ctl;
using Hive.Cluster.Reports;
using static Hive.Cluster.Tests.TradingApi;

namespace Hive.Cluster.Tests.Reports;

/// <summary>One order's lifecycle on a real node: <c>GET /api/orders/{id}/lifecycle</c> from the order's journal and the audit
/// trail, and <c>hive report order</c> as CSV.</summary>
public sealed class OrderLifecycleReportSpecs(NodeFixture node) : IClassFixture<NodeFixture>
{
    private readonly TradingApi _api = new(node);

    [Fact]
    public async Task A_resting_order_cancelled_through_the_api_shows_who_submitted_and_cancelled_it_and_the_venues_steps()
    {
        await _api.RestingBuyAsync("LIFE-1", "life-1", 5m, 80m);
        Accepted(await _api.PostAsync("api/orders/life-1/cancel", new { reason = "desk closed" }));
        await _api.OrderInStatusAsync("life-1", "Cancelled");

        // The audit trail is written in batches off the request path: wait until the cancel's record is there.
        var trail = await _api.WhenAsync("api/orders/life-1/lifecycle", l => l.GetProperty("steps").EnumerateArray()
            .Any(s => s.GetProperty("event").GetString() == "cancel-pending" && s.GetProperty("by").GetString() == "bootstrap-admin (admin)"), "names the canceller");
        var (unknown, _) = await node.GetAsync("api/orders/life-nobody/lifecycle");

        var steps = trail.GetProperty("steps").EnumerateArray().Select(s => (s.GetProperty("event").GetString(), s.GetProperty("status").GetString(),
            s.GetProperty("by").GetString())).ToList();
        Assert.Equal("LIFE-1", trail.GetProperty("accountId").GetString());
        Assert.Equal(
        [
            ("submitted", "New", "bootstrap-admin (admin)"), ("accepted", "Accepted", "venue"), ("cancel-pending", "PendingCancel", "bootstrap-admin (admin)"),
            ("cancelled", "Cancelled", "venue (confirming the cancel asked for)"),
        ], steps);
        Assert.StartsWith("buy 5 SIM:SPX limit at 80", trail.GetProperty("steps")[0].GetProperty("detail").GetString());
        Assert.Contains("desk closed", trail.GetProperty("steps")[2].GetProperty("detail").GetString());
        Assert.Equal(404, unknown);

        var (exit, csv, stderr) = await InProcessHive.RunAsync(["report", node.HttpAddress, "order", "life-1", "--token-file", node.TokenFile]);

        Assert.True(exit == CtlExit.Ok, stderr);
        var rows = csv.Trim().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal(OrderLifecycleCsv.Header, rows[0]);
        Assert.Equal(["submitted", "accepted", "cancel-pending", "cancelled"], rows.Skip(1).Select(r => r.Split(',')[1]));
    }
}
