using System.Text.Json;
using Hive.Cluster.Ctl;
using static Hive.Cluster.Tests.TradingApi;

namespace Hive.Cluster.Tests;

/// <summary>The read side over HTTP on a real node: lists newest first by submission time with keyset pages and
/// filters, 404s that wake no entity, the projection's lag, and `hive admin rebuild-projections`.</summary>
public sealed class ReadSideSpecs(NodeFixture node) : IClassFixture<NodeFixture>
{
    private readonly TradingApi _api = new(node);

    private static List<string> Ids(JsonElement list) =>
        list.GetProperty("orders").EnumerateArray().Select(o => o.GetProperty("orderId").GetString()!).ToList();

    private async Task<JsonElement> ListedAsync(string account, int count) =>
        await _api.WhenAsync($"api/orders?account={account}&limit=1000", l => l.GetProperty("count").GetInt32() >= count, $"lists {count} orders of {account}");

    private async Task<int> EntitiesAsync(string region)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"api/admin/sharding/{region}/local");
        request.Headers.Add(Node.AdminToken.Header, node.Token);
        var (status, body) = await node.SendAsync(request);
        Assert.Equal(200, status);
        return body.GetProperty("shards").EnumerateArray().Sum(s => s.GetProperty("entityIds").GetArrayLength());
    }

    [Fact]
    public async Task Orders_are_listed_newest_first_by_submission_time_whatever_their_ids_look_like()
    {
        await _api.OpenFundedAsync("NEWEST-1", 10_000m);
        foreach (var id in new[] { "zulu", "alpha-9", "mike", "alpha-10" })
            Accepted(await _api.SubmitAsync(id, "NEWEST-1", "buy", 1m, limitPrice: 10.00m));

        var list = await ListedAsync("NEWEST-1", 4);

        Assert.Equal(["alpha-10", "mike", "alpha-9", "zulu"], Ids(list));
        var times = list.GetProperty("orders").EnumerateArray().Select(o => o.GetProperty("createdAt").GetDateTime()).ToList();
        Assert.Equal(times.OrderByDescending(t => t), times);
    }

    [Fact]
    public async Task Keyset_pages_walk_every_order_once_and_the_last_page_has_no_next()
    {
        await _api.OpenFundedAsync("PAGE-1", 10_000m);
        for (var i = 0; i < 7; i++) Accepted(await _api.SubmitAsync($"page-{(char)('a' + i)}", "PAGE-1", "buy", 1m, limitPrice: 10.00m));
        var all = Ids(await ListedAsync("PAGE-1", 7));

        var walked = new List<string>();
        var sizes = new List<int>();
        string? next = null;
        do
        {
            var (status, page) = await node.GetAsync($"api/orders?account=PAGE-1&limit=3{(next is null ? "" : "&before=" + next)}");
            Assert.Equal(200, status);
            walked.AddRange(Ids(page));
            sizes.Add(page.GetProperty("count").GetInt32());
            next = page.GetProperty("next").ValueKind == JsonValueKind.String ? page.GetProperty("next").GetString() : null;
        } while (next is not null);
        var (badStatus, bad) = await node.GetAsync("api/orders?before=not-a-cursor");

        Assert.Equal([3, 3, 1], sizes);
        Assert.Equal(all, walked);
        Assert.Equal(["page-g", "page-f", "page-e", "page-d", "page-c", "page-b", "page-a"], walked);
        Assert.Equal(400, badStatus);
        Assert.Equal("invalid-cursor", bad.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Orders_and_fills_filter_by_instrument_status_time_and_order()
    {
        await _api.OpenFundedAsync("FILTER-1", 100_000m);
        await _api.WithoutCollarAsync("FILTER-1");
        await _api.PushBarAsync("SIMFX:EUR-USD", 1.1000m, 1.1010m, 1.0990m, 1.1000m);
        Accepted(await _api.SubmitAsync("flt-resting", "FILTER-1", "buy", 1m, limitPrice: 10.00m));
        Accepted(await _api.SubmitAsync("flt-fx", "FILTER-1", "buy", 1000m, referencePrice: 1.1000m, instrument: "SIMFX:EUR-USD"));
        await _api.OrderInStatusAsync("flt-fx", "Accepted");
        await _api.PushBarAsync("SIMFX:EUR-USD", 1.1020m, 1.1030m, 1.1010m, 1.1025m);
        var filled = await _api.OrderInStatusAsync("flt-fx", "Filled");
        await _api.OrderInStatusAsync("flt-resting", "Accepted");
        var created = filled.GetProperty("createdAt").GetDateTime();

        var fx = await node.GetAsync("api/orders?account=FILTER-1&instrument=SIMFX:EUR-USD");
        var working = await node.GetAsync("api/orders?account=FILTER-1&status=accepted");
        var since = await node.GetAsync($"api/orders?account=FILTER-1&from={created.AddTicks(1):O}");
        var until = await node.GetAsync($"api/orders?account=FILTER-1&to={created.AddTicks(1):O}");
        var fills = await node.GetAsync("api/fills?order=flt-fx");
        var noFills = await node.GetAsync("api/fills?account=FILTER-1&instrument=SIM:SPX");
        var badStatus = await node.GetAsync("api/orders?status=sleeping");

        Assert.Equal(["flt-fx"], Ids(fx.Body));
        Assert.Equal(["flt-resting"], Ids(working.Body));
        Assert.Empty(Ids(since.Body));
        Assert.Equal(["flt-fx", "flt-resting"], Ids(until.Body));
        var fill = Assert.Single(fills.Body.GetProperty("fills").EnumerateArray());
        Assert.Equal(("flt-fx", "FILTER-1", "SIMFX:EUR-USD", 1000m), (fill.GetProperty("orderId").GetString(), fill.GetProperty("accountId").GetString(),
            fill.GetProperty("instrument").GetString(), fill.GetProperty("quantity").GetDecimal()));
        Assert.Equal(0, noFills.Body.GetProperty("count").GetInt32());
        Assert.Equal((400, "invalid-status"), (badStatus.Status, Code(badStatus)));
    }

    [Fact]
    public async Task Reading_ids_nobody_created_answers_404_and_starts_no_entity()
    {
        await _api.OpenFundedAsync("KNOWN-1", 1_000m);
        await _api.AccountWhenAsync("KNOWN-1", _ => true, "is known to the read side");
        var (accounts, orders, strategies) = (await EntitiesAsync("account"), await EntitiesAsync("order"), await EntitiesAsync("strategy"));

        var account = await node.GetAsync("api/accounts/nobody-opened-this");
        var order = await node.GetAsync("api/orders/nobody-placed-this");
        var strategy = await node.GetAsync("api/strategies/nobody-started-this");
        var known = await node.GetAsync("api/accounts/KNOWN-1");

        Assert.Equal((404, 404, 404), (account.Status, order.Status, strategy.Status));
        Assert.Equal(200, known.Status);
        Assert.Equal((accounts, orders, strategies), (await EntitiesAsync("account"), await EntitiesAsync("order"), await EntitiesAsync("strategy")));
    }

    [Fact]
    public async Task The_projections_lag_is_in_the_counters_and_readiness_says_whether_the_read_side_is_caught_up()
    {
        await _api.OpenFundedAsync("LAG-1", 1_000m);
        await _api.AccountWhenAsync("LAG-1", _ => true, "is known to the read side");

        var counters = await _api.WhenAsync("api/counters", c => c.GetProperty("projection/read-model/events-behind").GetInt64() == 0, "shows the projection caught up");
        var ready = await _api.WhenAsync("health/ready", r => r.GetProperty("readSide").GetString() == "read side caught up", "says the read side is caught up");

        Assert.True(counters.GetProperty("projection/read-model/position").GetInt64() > 0);
        Assert.InRange(counters.GetProperty("projection/read-model/seconds-since-newest-event").GetInt64(), 0, 60);
        Assert.True(ready.GetProperty("ready").GetBoolean());
        Assert.Equal(0, ready.GetProperty("readSideEventsBehind").GetInt64());
    }

    [Fact]
    public async Task Rebuilding_the_projections_empties_the_read_tables_and_folds_the_journal_again_without_counting_twice()
    {
        await _api.OpenFundedAsync("REBUILD-1", 100_000m);
        await _api.PushBarAsync("SIM:SPX", 100.00m, 101.00m, 99.00m, 100.00m);
        Accepted(await _api.SubmitAsync("rb-1", "REBUILD-1", "buy", 5m, referencePrice: 100.00m));
        await _api.OrderInStatusAsync("rb-1", "Accepted");
        await _api.PushBarAsync("SIM:SPX", 100.50m, 101.00m, 100.00m, 100.75m);
        var before = await _api.OrderInStatusAsync("rb-1", "Filled");

        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await Program.InvokeAsync(["admin", node.HttpAddress, "rebuild-projections", "--token-file", node.TokenFile],
            new System.CommandLine.InvocationConfiguration { Output = stdout, Error = stderr });
        var after = await _api.OrderInStatusAsync("rb-1", "Filled");
        var fills = await node.GetAsync("api/fills?order=rb-1");
        var unauthorized = await Program.InvokeAsync(["admin", node.HttpAddress, "rebuild-projections", "--token-file",
                NodeFixture.WriteKeyFile(Path.Combine(node.DataDir, "wrong.key"), "wrong")],
            new System.CommandLine.InvocationConfiguration { Output = new StringWriter(), Error = new StringWriter() });

        Assert.True(exit == CtlExit.Ok, stderr.ToString());
        Assert.Contains("read tables emptied", stdout.ToString());
        Assert.Equal(before.GetProperty("filledQuantity").GetDecimal(), after.GetProperty("filledQuantity").GetDecimal());
        Assert.Equal(before.GetProperty("fees").GetDecimal(), after.GetProperty("fees").GetDecimal());
        Assert.Equal(before.GetProperty("createdAt").GetDateTime(), after.GetProperty("createdAt").GetDateTime());
        Assert.Single(fills.Body.GetProperty("fills").EnumerateArray());
        Assert.Equal(CtlExit.Unauthorized, unauthorized);
    }
}
