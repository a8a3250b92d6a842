using Hive.Core.Ids;
using Hive.Core.Instruments;
using Hive.Core.MarketData;
using Hive.Data.Analytics;
using Hive.Data.Lake;

namespace Hive.Data.Tests;

public sealed class TickLakeTests : IDisposable
{
    private readonly ImportFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public async Task Recorded_trades_and_quotes_are_queryable_through_their_views()
    {
        var btc = new InstrumentId("SIMX", "BTC-USDT");
        var start = new DateTime(2024, 5, 1, 12, 0, 0, DateTimeKind.Utc);
        var trades = Enumerable.Range(0, 50).Select(i => new TradeTick(btc, start.AddSeconds(i), 60000m + i, 0.5m, $"t{i}")).ToList();
        var quotes = Enumerable.Range(0, 20).Select(i => new QuoteTick(btc, start.AddSeconds(i), 59999m + i, 1m, 60001m + i, 2m)).ToList();
        var ticks = new TickLake(_fixture.Store);
        await ticks.AppendTradesAsync(AssetClass.Crypto, trades);
        await ticks.AppendQuotesAsync(AssetClass.Crypto, quotes);

        await using var sql = await DuckDbAnalytics.OpenAsync(_fixture.Store);
        var traded = await sql.QueryAsync("select count(*), sum(size), max(price), min(ts), max(trade_id) from trades where symbol = 'BTC-USDT'");
        Assert.Equal(50L, Convert.ToInt64(traded.Rows[0][0]));
        Assert.Equal(25.0, Convert.ToDouble(traded.Rows[0][1]));
        Assert.Equal(60049.0, Convert.ToDouble(traded.Rows[0][2]));
        Assert.Equal(start, (DateTime)traded.Rows[0][3]!);
        Assert.Equal("t9", traded.Rows[0][4]);
        var spread = await sql.QueryAsync("select avg(ask_price - bid_price), count(*) from quotes where venue = 'SIMX'");
        Assert.Equal(2.0, Convert.ToDouble(spread.Rows[0][0]));
        Assert.Equal(20L, Convert.ToInt64(spread.Rows[0][1]));
    }

    [Fact]
    public void Ticks_aggregate_into_bars_whose_volume_matches_the_recorded_size()
    {
        var btc = new InstrumentId("SIMX", "BTC-USDT");
        var start = new DateTime(2024, 5, 1, 12, 0, 0, DateTimeKind.Utc);
        var trades = Enumerable.Range(0, 600).Select(i => new TradeTick(btc, start.AddSeconds(i), 60000m + i % 17, 0.25m)).ToList();
        var minutes = TickBarAggregator.ToTimeBars(trades, BarInterval.OneMinute, AssetClass.Crypto);
        Assert.Equal(10, minutes.Count);
        Assert.Equal(trades.Sum(t => t.Size), minutes.Sum(b => b.Volume));
        var series = BarSeries.FromBars(btc, BarInterval.OneMinute, minutes);
        Assert.Equal(minutes, series.ToBars());
    }
}
