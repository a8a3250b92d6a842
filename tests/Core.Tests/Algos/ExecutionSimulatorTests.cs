using Hive.Core.Algos;
using Hive.Core.Backtesting;
using Hive.Core.Orders;
using Hive.Core.Venues;
using static Hive.Core.Tests.Algos.AlgoFixtures;

namespace Hive.Core.Tests.Algos;

/// <summary>Algorithms run through the backtest engine's paper venue, against hand-made minute bars.</summary>
public sealed class ExecutionSimulatorTests
{
    private static readonly DateTime End = Start.AddMinutes(60);

    /// <summary>Bars from five minutes before start to ten after the end; bar i opens at 100 + i/100.</summary>
    private static readonly BacktestFeed Rising = Minutes(Stock, Start.AddMinutes(-5), 76, i => 100 + i / 100.0, _ => 10_000);

    private static ExecutionSimulation Run(string algo, OrderSide side, decimal quantity, BacktestFeed feed, BacktestSettings? settings = null, params (string, string)[] values) =>
        ExecutionSimulator.Run(algo, side, quantity, Start, End, values.ToDictionary(v => v.Item1, v => v.Item2), feed, settings ?? BacktestSettings.Default);

    [Fact]
    public void A_twap_fills_each_slice_at_the_open_of_the_bar_at_its_time()
    {
        var sim = Run("twap", OrderSide.Buy, 1000m, Rising, new BacktestSettings { Fees = new FeeSchedule(0m, 0.001m) }, ("slices", "5"));
        var r = sim.Result;

        // Bar i opens at Start + (i - 5) minutes at 100 + i/100: the slices meet bars 5, 20, 35, 50 and 65.
        Assert.Equal([0, 15, 30, 45, 60], r.Children.Select(c => (c.Time - Start).TotalMinutes));
        Assert.Equal([100.05m, 100.20m, 100.35m, 100.50m, 100.65m], r.Children.Select(c => c.AveragePrice));
        Assert.All(r.Children, c => Assert.Equal((200m, 200m, "SIM"), (c.Quantity, c.FilledQuantity, c.Venue)));
        Assert.Equal((1000m, 100.35m), (r.FilledQuantity, r.AveragePrice));
        // Arrival: the close of the bar that closed at start, bar 4 (100.04). Buying at 100.35 cost 30.99 bps.
        Assert.Equal(100.04m, r.ArrivalPrice);
        Assert.Equal(Math.Round((100.35m - 100.04m) / 100.04m * 10_000m, 4), r.SlippageVsArrivalBps);
        // Fees are the venue's taker fee on each fill.
        Assert.Equal(1000m * 100.35m * 0.001m, sim.Parent.Fees);
        Assert.Equal(ParentStatus.Completed, sim.Parent.Status);
    }

    [Fact]
    public void The_result_is_consistent_with_its_own_children_and_the_window_bars()
    {
        // Three days of minute history before start to learn the profile from.
        var feed = Minutes(Stock, Start.AddDays(-3), 3 * 1440 + 76, i => 100 + Math.Sin(i / 5.0), i => 1000 + 37 * (i % 11));
        var r = Run("vwap", OrderSide.Sell, 900m, feed).Result;

        Assert.Equal(r.Children.Sum(c => c.FilledQuantity), r.FilledQuantity);
        Assert.Equal(Math.Round(r.Children.Sum(c => c.FilledQuantity * c.AveragePrice) / r.FilledQuantity, 8), r.AveragePrice);
        Assert.Equal(Math.Round(-(r.AveragePrice - r.IntervalVwap) / r.IntervalVwap * 10_000m, 4), r.SlippageVsVwapBps);
        Assert.Equal(Math.Round(-(r.AveragePrice - r.ArrivalPrice) / r.ArrivalPrice * 10_000m, 4), r.SlippageVsArrivalBps);
        Assert.Equal(("vwap", "sell", 900m, 61), (r.Algo, r.Side, r.Quantity, r.Children.Count));
    }

    [Fact]
    public void The_interval_vwap_and_participation_come_from_the_bars_that_open_in_the_window()
    {
        var sim = Run("twap", OrderSide.Buy, 6100m, Rising, null, ("slices", "61"));

        // 61 window bars (open 0..60 minutes), typical price (H + L + C)/3 = the close, volume 10,000 each.
        var closes = Enumerable.Range(5, 61).Select(i => 100m + i / 100m).ToList();
        Assert.Equal(61, sim.WindowBars.Count);
        Assert.Equal(Math.Round(closes.Average(), 8), sim.Result.IntervalVwap);
        Assert.Equal(6100m / 610_000m, sim.Result.Participation);
    }

    [Fact]
    public void Pov_holds_its_participation_within_tolerance_on_a_synthetic_volume_series()
    {
        var random = new Random(42);
        var volumes = Enumerable.Range(0, 76).Select(_ => (double)random.Next(500, 1500)).ToArray();
        var feed = Minutes(Stock, Start.AddMinutes(-5), 76, i => 100, i => volumes[i]);

        var sim = Run("pov", OrderSide.Buy, 1_000_000m, feed, null, ("participation", "0.1"));

        Assert.InRange(sim.Result.Participation, 0.095m, 0.105m);
        // Held all the way: from the tenth window bar on, filled so far over volume so far stays near 10%.
        for (var j = 10; j <= 60; j++)
        {
            var at = Start.AddMinutes(j);
            var filled = sim.Result.Children.Where(c => c.Time <= at).Sum(c => c.FilledQuantity);
            var volume = sim.WindowBars.Where(b => b.OpenTime <= at).Sum(b => b.Volume);
            Assert.InRange(filled / volume, 0.085m, 0.105m);
        }
        Assert.All(sim.Result.Children, c => Assert.True(c.Quantity <= 0.2m * 1500m, $"child {c.Quantity} above twice the participation of a bar"));
    }

    [Fact]
    public void A_sell_needs_no_position_and_fills_in_full()
    {
        var r = Run("twap", OrderSide.Sell, 500m, Rising, null, ("slices", "5")).Result;

        Assert.Equal(500m, r.FilledQuantity);
        Assert.True(r.SlippageVsArrivalBps < 0m, "selling into a rising market beats the arrival price");
    }

    [Fact]
    public void The_venue_volume_cap_spreads_a_child_over_the_following_bars()
    {
        var feed = Minutes(Stock, Start.AddMinutes(-5), 76, _ => 100, _ => 1000);

        var sim = Run("twap", OrderSide.Buy, 500m, feed, new BacktestSettings { MaxVolumeShare = 0.1m }, ("slices", "1"));

        Assert.Equal([(500m, 500m)], sim.Result.Children.Select(c => (c.Quantity, c.FilledQuantity)));
        Assert.Equal(ParentStatus.Completed, sim.Parent.Status);
    }

    [Fact]
    public void A_child_the_order_rules_refuse_pauses_the_parent_with_the_reason_until_the_window_ends()
    {
        var small = Stock with { MaxQuantity = 100m };
        var feed = Minutes(small, Start.AddMinutes(-5), 76, _ => 100, _ => 10_000);

        var sim = Run("twap", OrderSide.Buy, 1000m, feed, null, ("slices", "5"));

        // Nothing was sent after the refusal; the window's end expired the paused parent, which keeps its reason.
        Assert.Equal((ParentStatus.Expired, 0m), (sim.Parent.Status, sim.Result.FilledQuantity));
        Assert.StartsWith("child sim-1 refused: quantity-above-maximum", sim.Parent.PauseReason);
        Assert.Single(sim.Result.Children);
    }

    [Fact]
    public void The_same_inputs_give_the_same_result()
    {
        var one = Run("twap", OrderSide.Buy, 1000m, Rising, null, ("slices", "7"), ("randomise", "0.3"), ("seed", "9")).Result;
        var two = Run("twap", OrderSide.Buy, 1000m, Rising, null, ("slices", "7"), ("randomise", "0.3"), ("seed", "9")).Result;

        Assert.Equal(one.Children, two.Children);
        Assert.Equal(one with { Children = [] }, two with { Children = [] });
    }

    [Fact]
    public void A_window_without_bars_is_refused_with_the_span_of_the_data()
    {
        var e = Assert.Throws<ArgumentException>(() =>
            ExecutionSimulator.Run("twap", OrderSide.Buy, 100m, Start.AddDays(5), Start.AddDays(6), new Dictionary<string, string>(), Rising, BacktestSettings.Default));
        Assert.Contains("no bars of SIM:AAA between", e.Message);
        Assert.Contains("the data covers", e.Message);
    }
}
