using System.Text.Json;
using Hive.Cluster.Node;
using Hive.Cluster.Trading;
using Hive.Core.Instruments;
using Hive.Core.MarketData;
using Hive.Data.Lake;
using Hive.Data.Samples;
using Hive.Data.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Hive.Cluster.Tests;

/// <summary>
/// <c>GET /api/risk/{account}</c> reads an instrument's daily history from the node's lake once: a second call answers the same
/// figures without reading it again, and bars the lake gets afterwards are read on the next call (<see cref="RiskHistory"/>).
/// </summary>
public sealed class AccountRiskCacheSpecs(NodeFixture node) : IClassFixture<NodeFixture>
{
    private static readonly DateTime FirstDay = new(2023, 1, 2, 0, 0, 0, DateTimeKind.Utc);
    private readonly TradingApi _api = new(node);

    [Fact]
    public async Task A_second_risk_call_does_not_read_the_lake_again_and_new_bars_are_read_on_the_next()
    {
        var lake = new MarketDataLake(LakeLocation.Open(node.Services.GetRequiredService<SampleDataImporter>().LakePath));
        var series = SeriesKey.Create(AssetClass.Stock, SampleData.Spx, BarInterval.OneDay);
        await lake.AppendBarsAsync(series, Daily(0, 41));
        var history = node.Services.GetRequiredService<RiskHistory>();
        await _api.LongSpxAsync("CACHE-1", 10m, 100m);

        var first = Var(await _api.WhenAsync("api/risk/CACHE-1", r => r.GetProperty("valueAtRisk").GetArrayLength() == 1, "estimates the position's VaR"));
        Assert.Equal((40, "2023-02-11"), (first.GetProperty("observations").GetInt32(), first.GetProperty("to").GetString()));
        var reads = history.LakeReads;
        Assert.True(reads >= 1, "the first call read the lake");
        var second = Var((await node.GetAsync("api/risk/CACHE-1")).Body);
        Assert.Equal(reads, history.LakeReads);
        Assert.Equal(first.GetRawText(), second.GetRawText());

        await lake.AppendBarsAsync(series, Daily(41, 1));
        var third = Var((await node.GetAsync("api/risk/CACHE-1")).Body);
        Assert.Equal(reads + 1, history.LakeReads);
        Assert.Equal((41, "2023-02-12"), (third.GetProperty("observations").GetInt32(), third.GetProperty("to").GetString()));
    }

    private static JsonElement Var(JsonElement risk) => Assert.Single(risk.GetProperty("valueAtRisk").EnumerateArray().ToList());

    // A zig-zag of closes a day apart, so every day has a return and the VaR is not zero.
    private static BarSeries Daily(int from, int count) => BarSeries.FromBars(SampleData.Spx, BarInterval.OneDay, Enumerable.Range(from, count)
        .Select(d => new Bar(SampleData.Spx, FirstDay.AddDays(d), BarInterval.OneDay, 100m + d % 7, 101m + d % 7, 99m + d % 7, 100m + d % 5, 1_000m)).ToList());
}
