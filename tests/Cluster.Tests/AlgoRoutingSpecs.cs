using System.Text.Json;
using Hive.Core.Ids;
using Hive.Core.Instruments;
using Hive.Core.MarketData;
using Hive.Data.Lake;
using Hive.Data.Storage;
using static Hive.Cluster.Tests.TradingApi;

namespace Hive.Cluster.Tests;

/// <summary>Parents routed across the demo's two S&amp;P 500 listings on a real node: SIM (10 bps taker, the whole bar) and SIM2
/// (5 bps taker, 2% of a bar's volume), SIM2 fed SIM's bars. Children are split by price after fees within the caps, what SIM2
/// refuses goes to SIM, the per-venue figures of the parent and of the venue add up, bad venue lists are refused naming the field.</summary>
public sealed class AlgoRoutingSpecs(NodeFixture node) : IClassFixture<NodeFixture>
{
    private const string Spx = "SIM:SPX";
    private readonly TradingApi _api = new(node);

    private Task<(int Status, JsonElement Body)> SubmitAsync(string id, string account, string side, decimal quantity, DateTime start, DateTime end,
        Dictionary<string, string> parameters) =>
        _api.PostAsync("api/algos", new { algoId = id, type = "twap", accountId = account, instrument = Spx, side, quantity, start, end, parameters });

    private static List<(string Venue, decimal Quantity, bool Refused)> Children(JsonElement algo) =>
        algo.GetProperty("children").EnumerateArray()
            .Select(c => (c.GetProperty("venue").GetString()!, c.GetProperty("quantity").GetDecimal(), c.GetProperty("refusal").ValueKind == JsonValueKind.String))
            .ToList();

    private static JsonElement Venue(JsonElement algo, string venue) =>
        algo.GetProperty("venues").EnumerateArray().Single(v => v.GetProperty("venue").GetString() == venue);

    private static string Status(JsonElement algo) => algo.GetProperty("status").GetString()!;

    [Fact]
    public async Task A_twap_over_SIM_and_SIM2_buys_on_SIM2_up_to_its_cap_and_the_rest_on_SIM_and_the_venue_figures_add_up()
    {
        await _api.OpenFundedAsync("ROUTE-BUY", 10_000_000m);
        await _api.WithoutCollarAsync("ROUTE-BUY");
        // 10,000 traded a bar: SIM2 fills at most 200 of it (2%); both listings last traded at 4,500.
        await _api.PushBarAsync(Spx, 4500m, 4500m, 4500m, 4500m, volume: 10_000m);
        await _api.WhenAsync("api/instruments/SIM2:SPX", v => v.GetProperty("lastPrice").ValueKind == JsonValueKind.Number, "SIM2 takes SIM's bar");
        var now = DateTime.UtcNow;
        Accepted(await SubmitAsync("route-buy", "ROUTE-BUY", "buy", 600m, now.AddSeconds(1), now.AddSeconds(4),
            new() { ["slices"] = "2", ["venues"] = "SIM,SIM2" }));

        var done = await _api.AlgoWhileBarsAsync("route-buy", Spx, 4500m, a => Status(a) == "completed", "completes", volume: 10_000m);

        // The first slice of 300, with nothing working yet: SIM2 costs 4,502.25 after fees, SIM 4,504.50; SIM2 takes its cap.
        var children = Children(done);
        Assert.Equal([("SIM2", 200m, false), ("SIM", 100m, false)], children.Take(2));
        Assert.Equal([4502.25m, 4504.5m], done.GetProperty("children").EnumerateArray().Take(2).Select(c => c.GetProperty("effectivePrice").GetDecimal()));
        Assert.All(children.Where(c => c.Venue == "SIM2"), c => Assert.True(c.Quantity <= 200m, $"a SIM2 child of {c.Quantity} is above its cap"));
        Assert.Equal("SIM2:SPX", done.GetProperty("children")[0].GetProperty("instrument").GetString());

        // Every venue's fills counted once: the parent's total is the venues' and the read side's fills of all the children.
        var (sim, sim2) = (Venue(done, "SIM"), Venue(done, "SIM2"));
        Assert.Equal(600m, done.GetProperty("filled").GetDecimal());
        Assert.Equal(600m, sim.GetProperty("filled").GetDecimal() + sim2.GetProperty("filled").GetDecimal());
        Assert.Equal(600m, await _api.ChildFillsAsync(done));
        Assert.Equal(done.GetProperty("fees").GetDecimal(), sim.GetProperty("fees").GetDecimal() + sim2.GetProperty("fees").GetDecimal());
        // SIM2's fee: 5 bps of what it filled at 4,500.
        Assert.Equal(sim2.GetProperty("filled").GetDecimal() * 4500m * 0.0005m, sim2.GetProperty("fees").GetDecimal());

        // Across the node, SIM2's listing shows what this parent bought there (the class's only trades on SIM2).
        var stats = await _api.WhenAsync("api/venues/SIM2/stats",
            s => s.GetProperty("listings")[0].GetProperty("bought").GetDecimal() == sim2.GetProperty("filled").GetDecimal(), "SIM2's fills reach the read side");
        Assert.Equal(("SIM2:SPX", 4500m), (stats.GetProperty("listings")[0].GetProperty("instrument").GetString(), stats.GetProperty("listings")[0].GetProperty("averagePrice").GetDecimal()));
        Assert.Equal(sim2.GetProperty("fees").GetDecimal(), stats.GetProperty("listings")[0].GetProperty("fees").GetDecimal());

        // `hive ctl algo show` prints each child's venue and the per-venue table.
        var show = await InProcessHive.RunAsync(["ctl", node.HttpAddress, "algo", "show", "route-buy", "--token-file", node.TokenFile]);
        Assert.True(show.ExitCode == 0, show.Stderr);
        Assert.Contains("venues", show.Stdout);
        Assert.Contains("SIM2", show.Stdout);
    }

    [Fact]
    public async Task What_SIM2_refuses_goes_to_SIM_at_once_and_the_parent_completes_with_exact_totals()
    {
        // The account holds 300 on SIM only; a cash account cannot sell SIM2's listing, so SIM2 refuses the sale.
        await _api.OpenFundedAsync("ROUTE-SELL", 10_000_000m);
        Accepted(await _api.PutAsync("api/risk/ROUTE-SELL/limits", new { maxOrderNotional = 2_000_000m }));
        await _api.PushBarAsync(Spx, 4500m, 4500m, 4500m, 4500m);
        Accepted(await _api.SubmitAsync("route-sell-long", "ROUTE-SELL", "buy", 300m, referencePrice: 4500m));
        await _api.OrderInStatusAsync("route-sell-long", "Accepted");
        await _api.PushBarAsync(Spx, 4500m, 4500m, 4500m, 4500m);
        await _api.OrderInStatusAsync("route-sell-long", "Filled");
        var now = DateTime.UtcNow;
        Accepted(await SubmitAsync("route-sell", "ROUTE-SELL", "sell", 300m, now.AddSeconds(1), now.AddSeconds(4),
            new() { ["slices"] = "3", ["venues"] = "SIM,SIM2" }));

        var done = await _api.AlgoWhileBarsAsync("route-sell", Spx, 4500m, a => Status(a) == "completed", "completes");

        // SIM2's bid after fees (4,497.75) beats SIM's (4,495.50): the first slice goes there, is refused, and goes to SIM;
        // the later slices leave SIM2 out. The parent never paused.
        Assert.Equal([("SIM2", 100m, true), ("SIM", 100m, false), ("SIM", 100m, false), ("SIM", 100m, false)], Children(done));
        Assert.StartsWith("short-sale-not-allowed", done.GetProperty("children")[0].GetProperty("refusal").GetString());
        Assert.Equal(JsonValueKind.Null, done.GetProperty("pauseReason").ValueKind);
        Assert.Equal((300m, 0m), (done.GetProperty("filled").GetDecimal(), done.GetProperty("remaining").GetDecimal()));
        Assert.Equal((0m, 100m), (Venue(done, "SIM2").GetProperty("filled").GetDecimal(), Venue(done, "SIM2").GetProperty("refused").GetDecimal()));
        Assert.Equal((300m, 300m), (Venue(done, "SIM").GetProperty("quantity").GetDecimal(), Venue(done, "SIM").GetProperty("filled").GetDecimal()));
        Assert.Equal(300m, await _api.ChildFillsAsync(done));
        await _api.AccountWhenAsync("ROUTE-SELL", a => a.GetProperty("positions").EnumerateArray().All(p => p.GetProperty("quantity").GetDecimal() == 0m),
            "is flat again");
    }

    [Theory]
    [InlineData("route-bad-1", "SIM,NOPE", "parameter venues: venue NOPE is unknown")]
    [InlineData("route-bad-2", "SIM,SIMX", "parameter venues: venue SIMX does not list SPX")]
    [InlineData("route-bad-3", "SIM,SIM", "parameter venues names SIM more than once")]
    public async Task A_bad_venue_list_is_refused_naming_the_field_and_creates_nothing(string id, string venues, string named)
    {
        await _api.PushBarAsync(Spx, 4500m, 4500m, 4500m, 4500m);
        var reply = await SubmitAsync(id, "ROUTE-BAD", "buy", 10m, DateTime.UtcNow.AddMinutes(1), DateTime.UtcNow.AddMinutes(2),
            new() { ["venues"] = venues });

        Assert.Equal((422, "invalid-parameter"), (reply.Status, Code(reply)));
        Assert.Contains(named, reply.Body.GetProperty("message").GetString());
        Assert.Equal(404, (await node.GetAsync($"api/algos/{id}")).Status);
    }

    [Fact]
    public async Task The_catalog_shows_each_listings_fees_and_cap_and_an_unknown_venue_has_no_statistics()
    {
        var (_, catalog) = await node.GetAsync("api/instruments");
        var sim2 = catalog.GetProperty("instruments").EnumerateArray().Single(i => i.GetProperty("instrument").GetString() == "SIM2:SPX");
        var (status, unknown) = await node.GetAsync("api/venues/NOPE/stats");

        Assert.Equal((0.0005m, 0.02m, "SIM:SPX"), (sim2.GetProperty("fees").GetProperty("takerRate").GetDecimal(),
            sim2.GetProperty("maxVolumeShare").GetDecimal(), sim2.GetProperty("mirrorOf").GetString()));
        Assert.Equal((404, "unknown-venue"), (status, unknown.GetProperty("code").GetString()));
        Assert.Contains("SIM, SIM2, SIMFX, SIMX", unknown.GetProperty("message").GetString());
    }

    [Fact]
    public async Task The_mirror_charts_its_sources_bars_from_the_lake()
    {
        // SIM:SPX's minute bars in the lake, up to the bar both venues have reached; SIM2:SPX has no series of its own.
        var venue = await _api.PushBarAsync(Spx, 4500m, 4500m, 4500m, 4500m);
        var last = venue.GetProperty("lastBarTime").GetDateTime().ToUniversalTime();
        var spx = InstrumentId.Parse(Spx);
        var bars = new[] { last.AddMinutes(-1), last }.Select(t => new Bar(spx, t, BarInterval.OneMinute, 4499m, 4501m, 4498m, 4500m, 10m)).ToList();
        var lake = new MarketDataLake(LakeLocation.Open(Path.Combine(node.DataDir, "lake")));
        await lake.AppendBarsAsync(new SeriesKey(AssetClass.Stock, spx, BarInterval.OneMinute), BarSeries.FromBars(spx, BarInterval.OneMinute, bars));
        await _api.WhenAsync("api/instruments/SIM2:SPX", v => v.GetProperty("lastBarTime").GetDateTime().ToUniversalTime() == last, "SIM2 takes the bar");

        var chart = await _api.WhenAsync("api/instruments/SIM2:SPX/bars?interval=1m", c => c.GetProperty("bars").GetArrayLength() > 0, "SIM2 charts SIM's bars");

        Assert.All(chart.GetProperty("bars").EnumerateArray(), b => Assert.Equal((4498m, 4500m), (b.GetProperty("low").GetDecimal(), b.GetProperty("close").GetDecimal())));
    }
}
