using Hive.Cluster.Node;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Hive.Actors.Diagnostics;
using Hive.Cluster.Dashboard;
using Hive.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using static Hive.Cluster.Tests.TradingApi;

namespace Hive.Cluster.Tests.Dashboard;

/// <summary>The dashboard's live stream, <c>GET /api/events</c>, on a real node: what the projection writes arrives as named
/// events, and a page that stops reading loses events (and is told to resync) without slowing the node or other pages.</summary>
public sealed class DashboardEventSpecs(NodeFixture node) : IClassFixture<NodeFixture>
{
    private readonly TradingApi _api = new(node);

    private async Task<(HttpResponseMessage Response, EventStreamReader Events)> OpenAsync(string? key = null)
    {
        var response = await node.Http.SendAsync(Security.SecurityApi.With(key ?? node.Token, HttpMethod.Get, "api/events"), HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        return (response, new EventStreamReader(await response.Content.ReadAsStreamAsync()));
    }

    private static string? Field(EventStreamReader.ServerEvent e, string name) =>
        JsonDocument.Parse(e.Data).RootElement.TryGetProperty(name, out var value) ? value.ToString() : null;

    [Fact]
    public async Task An_order_submitted_through_the_API_arrives_as_an_order_event_and_its_account_as_an_account_event()
    {
        var (response, events) = await OpenAsync();
        using (response)
        using (events)
        {
            await _api.OpenFundedAsync("SSE-1", 10_000m);
            Accepted(await _api.SubmitAsync("sse-order-1", "SSE-1", "buy", 1m, limitPrice: 10.00m));

            // One projection batch may hold both rows, in either order: collect until both have come.
            EventStreamReader.ServerEvent? account = null, order = null;
            await events.UntilAsync(e =>
            {
                if (e.Name == "account" && Field(e, "accountId") == "SSE-1") account = e;
                if (e.Name == "order" && Field(e, "orderId") == "sse-order-1") order ??= e;
                return account is not null && order is not null;
            }, "account event for SSE-1 and order event for sse-order-1", TimeSpan.FromSeconds(10));
            Assert.Equal("cash", Field(account!, "type"));
            Assert.Equal("SSE-1", Field(order!, "accountId"));
            Assert.Equal("SIM:SPX", Field(order!, "instrument"));
        }
    }

    [Fact]
    public async Task A_viewer_of_one_account_hears_that_accounts_orders_and_none_of_another_accounts()
    {
        await _api.OpenFundedAsync("SSE-MINE", 10_000m);
        await _api.OpenFundedAsync("SSE-THEIRS", 10_000m);
        var key = await new Security.SecurityApi(node).AddUserAsync("sse-viewer", "viewer", "SSE-MINE");
        var (response, events) = await OpenAsync(key);
        using (response)
        using (events)
        {
            // The other account's order first: by the time the viewer's own order arrives, the other one was published too.
            Accepted(await _api.SubmitAsync("sse-theirs-1", "SSE-THEIRS", "buy", 1m, limitPrice: 10.00m));
            await _api.OrderInStatusAsync("sse-theirs-1", "Accepted");
            Accepted(await _api.SubmitAsync("sse-mine-1", "SSE-MINE", "buy", 1m, limitPrice: 10.00m));

            var heard = new List<string?>();
            await events.UntilAsync(e =>
            {
                heard.Add(Field(e, "accountId"));
                return e.Name == "order" && Field(e, "orderId") == "sse-mine-1";
            }, "the viewer's own order", TimeSpan.FromSeconds(10));
            Assert.DoesNotContain("SSE-THEIRS", heard);
            Assert.Contains("SSE-MINE", heard);
        }
    }

    [Fact]
    public async Task A_stream_ends_with_grants_changed_within_seconds_of_its_key_being_revoked_and_the_reconnect_is_refused()
    {
        await _api.OpenFundedAsync("SSE-REVOKED", 10_000m);
        var security = new Security.SecurityApi(node);
        var key = await security.AddUserAsync("sse-revoked", "viewer", "SSE-REVOKED");
        var (response, events) = await OpenAsync(key);
        using (response)
        using (events)
        {
            // The stream is live for the viewer first.
            Accepted(await _api.SubmitAsync("sse-revoked-1", "SSE-REVOKED", "buy", 1m, limitPrice: 10.00m));
            await events.UntilAsync(e => e.Name == "order" && Field(e, "orderId") == "sse-revoked-1", "the viewer's order", TimeSpan.FromSeconds(10));

            Accepted(await security.SendAsync(node.Token, HttpMethod.Post, "api/admin/users/sse-revoked/revoke"));
            var clock = System.Diagnostics.Stopwatch.StartNew();
            await events.UntilAsync(e => e.Name == "grants-changed", "grants-changed after the revoke", TimeSpan.FromSeconds(10));
            Assert.Null(await events.NextAsync(CancellationToken.None));
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"the stream outlived its key by {clock.Elapsed.TotalSeconds:0.0} s");
        }
        using var again = await node.Http.SendAsync(Security.SecurityApi.With(key, HttpMethod.Get, "api/events"), HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(401, (int)again.StatusCode);
    }

    [Fact]
    public async Task An_unchanged_key_keeps_its_stream_while_other_users_change()
    {
        await _api.OpenFundedAsync("SSE-STAYS", 10_000m);
        var security = new Security.SecurityApi(node);
        var key = await security.AddUserAsync("sse-stays", "viewer", "SSE-STAYS");
        var (response, events) = await OpenAsync(key);
        using (response)
        using (events)
        {
            // Another user added and revoked: the directory changes, this key's grants do not.
            await security.AddUserAsync("sse-bystander", "viewer", "SSE-STAYS");
            Accepted(await security.SendAsync(node.Token, HttpMethod.Post, "api/admin/users/sse-bystander/revoke"));
            // Absence is what is checked: the stream must outlive three of its checks after the changes.
            await Task.Delay(Http.DashboardEndpoints.GrantsCheckEvery * 3);
            Accepted(await _api.SubmitAsync("sse-stays-1", "SSE-STAYS", "buy", 1m, limitPrice: 10.00m));
            var seen = await events.UntilAsync(e => e.Name == "grants-changed" || (e.Name == "order" && Field(e, "orderId") == "sse-stays-1"),
                "the order after the other user's changes", TimeSpan.FromSeconds(10));
            Assert.Equal("order", seen.Name);
        }
    }

    [Fact]
    public async Task A_page_that_stops_reading_is_told_to_resync_while_the_node_and_a_reading_page_go_on_unaffected()
    {
        var hub = node.Services.GetRequiredService<DashboardHub>();
        var clientsBefore = hub.Clients;
        using var stalled = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { ReceiveBufferSize = 4096 };
        await stalled.ConnectAsync("127.0.0.1", node.Options.HttpPort);
        await stalled.SendAsync(Encoding.ASCII.GetBytes($"GET /api/events HTTP/1.1\r\nHost: {node.HttpAddress}\r\n{AdminToken.Header}: {node.Token}\r\n\r\n"));
        var (response, reading) = await OpenAsync();
        using var _ = response;
        using var __ = reading;
        await Eventually.HoldsAsync(() => Task.FromResult(hub.Clients == clientsBefore + 2), "both pages joined the hub");

        // Bursts smaller than a page's buffer: the reading page keeps up with each; the stalled one fills its socket and then its buffer.
        var padding = new string('x', 8_000);
        var droppedBefore = Dropped();
        var burst = 0;
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (Dropped() == droppedBefore)
        {
            Assert.True(DateTime.UtcNow < deadline, "the stalled page's buffer never overflowed");
            burst++;
            for (var i = 0; i < 200; i++) hub.Publish("order", new { orderId = $"burst-{burst}-{i}", padding });
            var last = $"burst-{burst}-199";
            var seen = await reading.UntilAsync(e => e.Name == "resync" || Field(e, "orderId") == last, $"the end of burst {burst}", TimeSpan.FromSeconds(10));
            Assert.Equal("order", seen.Name);
            Assert.Equal(200, (int)(await node.Http.GetAsync("health/ready")).StatusCode);
        }

        hub.Publish("order", new { orderId = "after-the-overflow" });
        Assert.Equal("order", (await reading.UntilAsync(e => e.Name == "resync" || Field(e, "orderId") == "after-the-overflow",
            "the event after the overflow", TimeSpan.FromSeconds(10))).Name);
        using var stalledEvents = new EventStreamReader(new NetworkStream(stalled, ownsSocket: false));
        var resync = await stalledEvents.UntilAsync(e => e.Name == "resync", "resync for the stalled page", TimeSpan.FromSeconds(30));
        Assert.True(long.Parse(Field(resync, "dropped")!) > 0);
    }

    [Fact]
    public async Task A_full_buffer_drops_new_events_and_the_next_read_is_one_resync_naming_how_many_were_lost()
    {
        using var hub = new DashboardHub(capacity: 2);
        var client = hub.Join();
        for (var i = 0; i < 5; i++) hub.Publish("fill", new { tradeId = $"t{i}" });

        var batch = await client.NextAsync(CancellationToken.None);

        var frame = Assert.Single(batch);
        Assert.StartsWith("event: resync\n", frame);
        Assert.Contains("\"dropped\":5", frame);
        hub.Publish("fill", new { tradeId = "t5" });
        Assert.Contains("t5", Assert.Single(await client.NextAsync(CancellationToken.None)));
        client.Leave();
        Assert.Equal(0, hub.Clients);
    }

    private static long Dropped() => HiveCounters.Snapshot().TryGetValue("dashboard/events-dropped", out var n) ? n : 0;
}
