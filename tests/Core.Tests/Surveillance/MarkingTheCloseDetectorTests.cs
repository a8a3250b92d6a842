using Hive.Core.Orders;
using Hive.Core.Surveillance;
using static Hive.Core.Tests.Surveillance.SurveillanceData;

namespace Hive.Core.Tests.Surveillance;

public class MarkingTheCloseDetectorTests
{
    private static readonly MarkingTheCloseDetector Detector = new(MarkingTheCloseParameters.Default);
    private static readonly DateTime Close = T0.Date.AddHours(21);

    /// <summary>Others trade flat at 100 all afternoon; the last trade before the window is at 100.</summary>
    private static IEnumerable<SurveilledTrade> Market() =>
        Enumerable.Range(0, 10).Select(i => Trade($"m{i}", "others", i % 2 == 0 ? OrderSide.Buy : OrderSide.Sell, 5m, 100m, T0.AddMinutes(20 * i)));

    private static IEnumerable<SurveilledTrade> AggressiveBuysBeforeTheClose(decimal step) =>
        Enumerable.Range(0, 4).Select(i => Trade($"c{i}", "closer", OrderSide.Buy, 50m, 100m + step * (i + 1), Close.AddMinutes(-8 + 2 * i)));

    [Fact]
    public void Aggressive_buying_in_the_last_minutes_that_lifts_the_close_is_marking_the_close()
    {
        var trades = Market().Concat([Trade("early", "closer", OrderSide.Buy, 10m, 100m, T0)]).Concat(AggressiveBuysBeforeTheClose(0.2m));

        var alert = Assert.Single(Detector.Detect(Input(trades: trades)));

        Assert.Equal("marking-the-close:closer:SIM:SPX:20240306", alert.Id);
        Assert.Equal(80m, alert.Statistic);
        Assert.Equal((100m, 100.8m), (alert.Figures["reference-price"], alert.Figures["close-price"]));
        Assert.Equal(Math.Round(200m / 210m, 4), alert.Figures["concentration"]);
        Assert.Equal(["c0", "c1", "c2", "c3"], alert.Evidence.Select(e => e.Id));
    }

    [Fact]
    public void The_same_buying_that_leaves_the_close_where_it_was_raises_nothing()
    {
        Assert.Empty(Detector.Detect(Input(trades: Market().Concat(AggressiveBuysBeforeTheClose(0m)))));
    }

    [Fact]
    public void Buying_spread_over_the_session_is_not_concentrated_at_the_close()
    {
        var spread = Enumerable.Range(0, 10).Select(i => Trade($"d{i}", "closer", OrderSide.Buy, 50m, 100m, T0.AddMinutes(20 * i)));

        Assert.Empty(Detector.Detect(Input(trades: Market().Concat(spread).Concat(AggressiveBuysBeforeTheClose(0.2m)))));
    }

    [Fact]
    public void Passive_fills_in_the_window_are_not_aggressive()
    {
        var passive = AggressiveBuysBeforeTheClose(0.2m).Select(t => t with { Liquidity = LiquiditySide.Maker });

        Assert.Empty(Detector.Detect(Input(trades: Market().Concat(passive))));
    }
}
