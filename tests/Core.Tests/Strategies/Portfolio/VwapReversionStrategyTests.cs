using Hive.Core.MarketData;
using Hive.Core.Strategies.Portfolio;
using Hive.Core.Tests.Support;
using Hive.Core.Accounts;
using Hive.Core.Orders;

namespace Hive.Core.Tests.Strategies.Portfolio;

public class VwapReversionStrategyTests
{
    private static readonly Hive.Core.Instruments.Instrument Spx = TestData.Spx;

    /// <summary>Tuesday 9 January 2024: New York is on EST, so the session is 14:30-21:00 UTC, thirteen 30-minute bars.</summary>
    private static readonly DateTime SessionOpen = new(2024, 1, 9, 14, 30, 0, DateTimeKind.Utc);

    private static Bar At(DateTime open, int index, decimal price) =>
        PortfolioHarness.Flat(Spx, open.AddMinutes(30 * index), new BarInterval(BarUnit.Minute, 30), price, 1_000m);

    [Fact]
    public void Buys_a_dip_below_vwap_sells_at_vwap_and_is_flat_by_the_session_close()
    {
        decimal[] day1 = [100m, 100m, 100m, 94m, 99m, 100m, 100m, 100m, 100m, 100m, 90m, 90m, 90m];
        decimal[] day2 = [80m, 80m, 80m];
        var bars = day1.Select((p, i) => At(SessionOpen, i, p)).Concat(day2.Select((p, i) => At(SessionOpen.AddDays(1), i, p)));
        var strategy = new VwapReversionStrategy(Spx.Id, entry: 0.02m, exit: 0m, minBars: 3, quantity: 10m);
        var run = new PortfolioHarness(strategy, [Spx]).Run(bars);
        // Equal volumes: VWAP is the mean of the session's prices. Bar 3: VWAP 394 / 4 = 98.5, 94 is 4.6% below: buy.
        // Bar 4: VWAP 493 / 5 = 98.6, 99 is above it: sell. Bar 10 (19:30): VWAP 1,083 / 11 = 98.45, 90 is 8.6% below: buy.
        // Bar 11 closes at 20:30 and the session ends 30 minutes later: flatten. Next day VWAP restarts at 80: no signal,
        // where a VWAP carried over (about 95) would have bought.
        Assert.Equal([
            new Placed(3, "SPX", OrderSide.Buy, 10m), new Placed(4, "SPX", OrderSide.Sell, 10m),
            new Placed(10, "SPX", OrderSide.Buy, 10m), new Placed(11, "SPX", OrderSide.Sell, 10m),
        ], run.Placed);
        Assert.Equal(0m, run.Position(Spx));
        Assert.Equal(80m, strategy.Vwap);
    }

    [Fact]
    public void Daily_bars_are_ignored()
    {
        var run = new PortfolioHarness(new VwapReversionStrategy(Spx.Id, quantity: 1m, minBars: 1), [Spx])
            .Run(new decimal[] { 100m, 100m, 100m, 50m }.Select((p, i) => PortfolioHarness.Daily(Spx, i, p)));
        Assert.Empty(run.Placed);
    }
}
