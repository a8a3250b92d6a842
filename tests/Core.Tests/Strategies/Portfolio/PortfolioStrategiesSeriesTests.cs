using Hive.Core.Instruments;
using Hive.Core.MarketData;
using Hive.Core.Orders;
using Hive.Core.Strategies;
using Hive.Core.Strategies.Portfolio;
using Hive.Core.Venues;

namespace Hive.Core.Tests.Strategies.Portfolio;

/// <summary>
/// Each strategy of the batch on a longer, wavy series (300 days of three related stocks; ten sessions of 30-minute
/// bars) through the paper host with fees and a volume cap: the order and account aggregates accept every venue
/// report, a cash account never sells what it does not hold, and a second run makes the very same fills.
/// </summary>
public class PortfolioStrategiesSeriesTests
{
    private static readonly Instrument Aaa = Instrument.Stock("SIM", "AAA");
    private static readonly Instrument Bbb = Instrument.Stock("SIM", "BBB");
    private static readonly Instrument Ccc = Instrument.Stock("SIM", "CCC");

    private static decimal Wave(int i, double phase, double scale) =>
        Math.Round(100m + (decimal)(scale * Math.Sin(i / 11.0 + phase) + 3 * Math.Sin(i / 2.7 + phase * 2)), 2);

    private static List<Bar[]> DailySlices() => Enumerable.Range(0, 300).Select(i => new[] { Aaa, Bbb, Ccc }
        .Select((instrument, k) =>
        {
            var close = Wave(i, k * 0.9, 12 + 4 * k);
            var open = Wave(i - 1, k * 0.9, 12 + 4 * k);
            return new Bar(instrument.Id, PortfolioHarness.Day0.AddDays(i), BarInterval.OneDay, open, Math.Max(open, close) + 0.4m,
                Math.Min(open, close) - 0.4m, close, 50_000m);
        }).ToArray()).ToList();

    private static List<Bar[]> IntradaySlices()
    {
        var slices = new List<Bar[]>();
        var day = new DateTime(2024, 1, 8, 14, 30, 0, DateTimeKind.Utc);
        var i = 0;
        for (var session = 0; session < 14; session++, day = day.AddDays(1))
        {
            if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) continue;
            for (var bar = 0; bar < 13; bar++, i++)
            {
                decimal open = Wave(i - 1, 0.3, 4), close = Wave(i, 0.3, 4);
                slices.Add([new Bar(Aaa.Id, day.AddMinutes(30 * bar), new BarInterval(BarUnit.Minute, 30), open,
                    Math.Max(open, close) + 0.3m, Math.Min(open, close) - 0.3m, close, 20_000m + 1_000m * (bar % 4))]);
            }
        }
        return slices;
    }

    public static TheoryData<string> Kinds() =>
    [
        "buy-and-hold", "dca", "periodic-rebalancer", "volatility-targeting", "cross-sectional-momentum", "dual-momentum",
        "pairs-zscore", "vwap-reversion", "opening-range-breakout", "grid-trading", "market-maker", "mean-reversion-zscore",
    ];

    private static (IStrategy Strategy, bool Intraday) Build(string kind) => kind switch
    {
        "buy-and-hold" => (new BuyAndHoldStrategy(Aaa.Id), false),
        "dca" => (new DollarCostAveragingStrategy(Aaa.Id, 500m, 10), false),
        "periodic-rebalancer" => (new PeriodicRebalancerStrategy([Aaa.Id, Bbb.Id, Ccc.Id], [0.5m, 0.3m, 0.2m], every: 20, drift: 0.05m), false),
        "volatility-targeting" => (new VolatilityTargetingStrategy(Aaa.Id, lookback: 10, target: 0.2m), false),
        "cross-sectional-momentum" => (new CrossSectionalMomentumStrategy([Aaa.Id, Bbb.Id, Ccc.Id], lookback: 10, top: 1, every: 5), false),
        "dual-momentum" => (new DualMomentumStrategy([Aaa.Id, Bbb.Id], Ccc.Id, lookback: 15, every: 5), false),
        "pairs-zscore" => (new PairsZScoreStrategy([Aaa.Id, Bbb.Id], lookback: 20, entryZ: 1m, exitZ: 0.2m), false),
        "vwap-reversion" => (new VwapReversionStrategy(Aaa.Id, entry: 0.01m, exit: 0.002m), true),
        "opening-range-breakout" => (new OpeningRangeBreakoutStrategy(Aaa.Id, rangeMinutes: 60), true),
        "grid-trading" => (new GridTradingStrategy(Aaa.Id, spacing: 0.02m, levels: 5, quantity: 10m), false),
        "market-maker" => (new InventoryMarketMakerStrategy(Aaa.Id, spreadBps: 50m, quantity: 5m, maxInventory: 20m), false),
        "mean-reversion-zscore" => (new MeanReversionZScoreStrategy(Aaa.Id, lookback: 20, entryZ: 1.5m, exitZ: 0m), false),
        _ => throw new ArgumentException(kind),
    };

    private static PortfolioHarness Run(string kind)
    {
        var (strategy, intraday) = Build(kind);
        var settings = new FillModelSettings { Fees = new FeeSchedule(0.0002m, 0.001m), MaxVolumeShare = 0.05m };
        return new PortfolioHarness(strategy, [Aaa, Bbb, Ccc], cash: 100_000m, settings: settings)
            .Run(intraday ? IntradaySlices() : DailySlices());
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Trades_a_long_series_cleanly_within_a_cash_account_and_repeats_itself_exactly(string kind)
    {
        var run = Run(kind);
        Assert.Empty(run.Host.Anomalies);
        Assert.NotEmpty(run.Host.Fills);
        foreach (var instrument in new[] { Aaa, Bbb, Ccc })
        {
            var held = 0m;
            foreach (var fill in run.Host.Fills.Where(f => f.InstrumentId == instrument.Id))
            {
                held += fill.Side.Sign() * fill.Quantity;
                Assert.True(held >= 0m, $"{kind} went short {instrument.Id} in a cash account");
            }
            Assert.True(held % instrument.LotSize == 0m);
        }
        Assert.All(run.Host.Orders, o => Assert.True(o.Request!.LimitPrice is not { } p || p % 0.01m == 0m, $"{kind} priced off tick: {o.Request.LimitPrice}"));
        Assert.Equal(run.Host.Fills, Run(kind).Host.Fills);
    }
}
