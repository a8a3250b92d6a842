using Hive.Core.Accounts;
using Hive.Core.Algos;
using Hive.Core.Backtesting;
using Hive.Core.Ids;
using Hive.Core.MarketData;
using Hive.Core.Orders;
using Hive.Core.Strategies;
using Hive.Core.Strategies.Catalog;
using Hive.Core.Tests.Support;
using Hive.Core.Venues;
using static Hive.Core.Tests.Algos.AlgoFixtures;

namespace Hive.Core.Tests.Strategies;

/// <summary>A strategy hands a target to an algorithm in a backtest: the parent's children are orders of the same paper venue.</summary>
public sealed class StrategyExecutionTests
{
    /// <summary>Forty minute bars from start; bar i opens (and closes) at 100 + i/100.</summary>
    private static readonly BacktestFeed Rising = Minutes(Stock, Start, 40, i => 100 + i / 100.0, _ => 10_000);

    private static readonly Dictionary<string, string> Twap = new()
    {
        ["instrument"] = Stock.Id.ToString(), ["quantity"] = "100", ["algo"] = "twap", ["duration"] = "00:30:00", ["algoParameters"] = "slices=4",
    };

    private static BacktestResult Backtest(IReadOnlyDictionary<string, string> parameters) =>
        new BacktestEngine().Run(ExecuteOnceStrategy.StrategyName, parameters, [Rising]);

    [Fact]
    public void A_twap_handed_over_by_a_strategy_fills_exactly_its_quantity_in_the_schedules_slices()
    {
        var result = Backtest(Twap);

        // Handed over at bar 0's close (14:31): slices of 25 at 14:31, 14:41, 14:51 and 15:01, each sent at the close of
        // the bar before and filled at the open of the bar at its time (bars 1, 11, 21, 31).
        Assert.Equal(["bt-p1-1", "bt-p1-2", "bt-p1-3", "bt-p1-4"], result.Fills.Select(f => f.OrderId));
        Assert.Equal([1, 11, 21, 31], result.Fills.Select(f => (f.Time - Start).TotalMinutes));
        Assert.Equal([100.01m, 100.11m, 100.21m, 100.31m], result.Fills.Select(f => f.Price));
        Assert.All(result.Fills, f => Assert.Equal((25m, "buy"), (f.Quantity, f.Side)));
        Assert.Equal(100m, result.Fills.Sum(f => f.Quantity));
    }

    [Fact]
    public void The_host_reports_the_parent_and_keeps_its_children_apart_from_the_strategys_orders()
    {
        var strategy = new ExecuteOnceStrategy(new StrategyExecution(Stock.Id, OrderSide.Buy, 100m, "twap",
            new Dictionary<string, string> { ["slices"] = "4" }, TimeSpan.FromMinutes(30)));
        var host = Run(strategy);

        Assert.Equal(new ExecutionTicket(new AlgoId("bt-p1"), null), strategy.Ticket);
        var progress = host.GetExecution(new AlgoId("bt-p1"));
        Assert.Equal(new ExecutionProgress(new AlgoId("bt-p1"), ParentStatus.Completed, 100m, 0m), progress);
        Assert.Equal([25m, 25m, 25m, 25m], host.Parents.Single().Children.Select(c => c.Filled));
        Assert.Equal(100m, host.PositionOf(Stock.Id));
        Assert.Empty(host.OpenOrders());
        Assert.Empty(host.Anomalies);
        Assert.All(host.Orders, o => Assert.Equal(new StrategyId("algo.bt-p1"), o.Request!.StrategyId));
    }

    [Fact]
    public void The_same_bars_give_the_same_run()
    {
        var first = Backtest(Twap);
        var again = Backtest(Twap);
        Assert.Equal(first.Fills, again.Fills);
        Assert.Equal(first.Equity, again.Equity);
    }

    [Theory]
    [InlineData("slices", "many", "parameter slices must be a whole number, got 'many'")]
    [InlineData("venues", "SIM,SIM2", "parameter venues: a backtest runs one venue; routing across venues runs in the cluster's algo entities (POST /api/algos)")]
    public void Bad_parameters_are_refused_with_the_catalogs_message_and_nothing_is_sent(string name, string value, string message)
    {
        var strategy = new ExecuteOnceStrategy(new StrategyExecution(Stock.Id, OrderSide.Buy, 100m, "twap",
            new Dictionary<string, string> { [name] = value }, TimeSpan.FromMinutes(30)));
        var host = Run(strategy);

        Assert.Equal(StrategyExecution.InvalidParameter, strategy.Ticket!.Rejection!.Code);
        Assert.Equal(message, strategy.Ticket.Rejection.Message);
        Assert.Null(host.GetExecution(strategy.Ticket.AlgoId));
        Assert.Empty(host.Orders);
    }

    /// <summary>Two days of three minute bars from 14:30 (volumes 1,000, 3,000, 6,000), then a third day whose 14:29 bar
    /// closes as the strategy hands over and whose window bars carry other volumes (9,000, 100, 100): a schedule learned
    /// from them would not be 10 : 30 : 60.</summary>
    private static BacktestFeed ThreeDays()
    {
        var bars = new List<Bar>();
        for (var day = 0; day < 2; day++)
            for (var m = 0; m < 3; m++) bars.Add(MinuteBar(Start.AddDays(day).AddMinutes(m), 100m + m, new[] { 1000m, 3000m, 6000m }[m]));
        var third = Start.AddDays(2);
        bars.Add(MinuteBar(third.AddMinutes(-1), 99m, 500m));
        for (var m = 0; m < 3; m++) bars.Add(MinuteBar(third.AddMinutes(m), 101m + m, new[] { 9000m, 100m, 100m }[m]));
        return new BacktestFeed(Stock, BarSeries.FromBars(Stock.Id, BarInterval.OneMinute, bars));
    }

    private static Bar MinuteBar(DateTime open, decimal price, decimal volume) => new(Stock.Id, open, BarInterval.OneMinute, price, price, price, price, volume);

    [Fact]
    public void A_vwap_handed_over_in_a_backtest_learns_its_profile_from_the_bars_before_the_hand_over_only()
    {
        var handOver = Start.AddDays(2);
        var strategy = new ExecuteAtStrategy(new StrategyExecution(Stock.Id, OrderSide.Buy, 100m, "vwap", new Dictionary<string, string>(),
            TimeSpan.FromMinutes(2)), handOver);

        var result = new BacktestEngine().Run(strategy, "execute-at", new Dictionary<string, string>(), [ThreeDays()]);

        Assert.Null(strategy.Ticket!.Rejection);
        // The profile of the two earlier days, 0.1 : 0.3 : 0.6 over 14:30, 14:31, 14:32, each slice filled at its bar's open.
        Assert.Equal([10m, 30m, 60m], result.Fills.Select(f => f.Quantity));
        Assert.Equal([handOver, handOver.AddMinutes(1), handOver.AddMinutes(2)], result.Fills.Select(f => f.Time));
        Assert.Equal([101m, 102m, 103m], result.Fills.Select(f => f.Price));
        Assert.Equal(["bt-p1-1", "bt-p1-2", "bt-p1-3"], result.Fills.Select(f => f.OrderId));
    }

    [Fact]
    public void An_implementation_shortfall_handed_over_in_a_backtest_is_planned_from_exactly_the_bars_fed_before_it()
    {
        var feed = ThreeDays();
        var handOver = Start.AddDays(2);
        var target = new StrategyExecution(Stock.Id, OrderSide.Buy, 1000m, "is",
            new Dictionary<string, string> { ["risk-aversion"] = "0.001", ["lookback"] = "5" }, TimeSpan.FromMinutes(3));
        var known = feed.Bars.LowerBound(BarSeries.ToUnixMs(handOver));
        // Other bars after the hand-over must not change the plan.
        var altered = feed.Bars.Slice(0, feed.Bars.Count);
        for (var i = known; i < altered.Count; i++) (altered.Close[i], altered.Volume[i]) = (altered.Close[i] * 1.5, altered.Volume[i] * 7);

        var planned = Run(new ExecuteAtStrategy(target, handOver), feed).Parents.Single();
        var again = Run(new ExecuteAtStrategy(target, handOver), new BacktestFeed(Stock, altered)).Parents.Single();

        var before = Enumerable.Range(0, known).Select(feed.Bars.ToBar).ToList();
        var expected = ExecutionPlanner.Plan("bt-p1", target.Parse(Stock, handOver), Stock, 99m, before, Minute);
        Assert.Equal(expected.Schedule, planned.Schedule);
        Assert.Equal(expected.Schedule, again.Schedule);
        Assert.True(planned.Schedule[0].Quantity > planned.Schedule[^1].Quantity, "a risk-averse buyer front-loads");
        Assert.Equal(1000m, planned.Schedule.Sum(s => s.Quantity));
    }

    [Fact]
    public void Vwap_and_implementation_shortfall_with_no_or_too_little_history_are_refused_saying_what_is_missing()
    {
        var vwap = new StrategyExecution(Stock.Id, OrderSide.Buy, 100m, "vwap", new Dictionary<string, string>(), TimeSpan.FromMinutes(2));
        var shortfall = vwap with { Algorithm = "is" };

        // The first bar closes at 14:31: the history is that one bar, whose time of day is outside the window.
        var first = new ExecuteAtStrategy(vwap, Start.AddMinutes(1));
        Run(first, ThreeDays());
        Assert.Equal(StrategyExecution.InvalidParameter, first.Ticket!.Rejection!.Code);
        Assert.StartsWith("vwap: the history before 2024-01-02T14:31:00.0000000Z shows no volume in the window's buckets", first.Ticket.Rejection.Message);

        var one = new ExecuteAtStrategy(shortfall, Start.AddMinutes(1));
        Run(one, ThreeDays());
        Assert.StartsWith("parameter volatility: the history before start has too few bars to estimate it", one.Ticket!.Rejection!.Message);

        // A host given no history at all.
        var blind = new ExecuteAtStrategy(vwap, Start.AddMinutes(1));
        Run(blind, ThreeDays(), history: false);
        Assert.Equal("vwap learns from the market history before start, and the backtest's data has no bars of SIM:AAA before 2024-01-02T14:31:00.0000000Z",
            blind.Ticket!.Rejection!.Message);
    }

    /// <summary>Hands its target over at the close of the bar closing at <paramref name="at"/>.</summary>
    private sealed class ExecuteAtStrategy(StrategyExecution target, DateTime at) : IStrategy
    {
        public ExecutionTicket? Ticket { get; private set; }

        public void OnBar(IStrategyContext context, Bar bar)
        {
            if (Ticket is null && bar.CloseTime == at) Ticket = context.Execute(target);
        }
    }

    [Fact]
    public void A_parent_paused_by_a_refused_child_says_why_in_its_progress()
    {
        var strategy = new ExecuteOnceStrategy(new StrategyExecution(Stock.Id, OrderSide.Buy, 100m, "twap",
            new Dictionary<string, string> { ["slices"] = "4" }, TimeSpan.FromMinutes(30)));

        var host = Run(strategy, Rising, cash: 1_000m);

        var progress = host.GetExecution(strategy.Ticket!.AlgoId)!;
        Assert.Equal((ParentStatus.Expired, 0m), (progress.Status, progress.Filled));
        Assert.StartsWith("child bt-p1-1 refused: insufficient-buying-power", progress.Reason);
    }

    private static PaperTradingHost Run(IStrategy strategy, BacktestFeed feed, bool history = true, decimal cash = 1_000_000m)
    {
        var venue = new PaperVenue("SIM", BacktestSettings.Default.FillModel);
        venue.AddInstrument(Stock);
        var host = new PaperTradingHost(strategy, new StrategyId("bt"), TestData.OpenAccount(AccountType.Cash, cash), [venue],
            history: history ? [feed.Bars] : null);
        for (var i = 0; i < feed.Bars.Count; i++) host.OnBar(DecimalPrices.ToBar(feed.Bars, i));
        host.Stop();
        return host;
    }

    private static PaperTradingHost Run(IStrategy strategy)
    {
        var venue = new PaperVenue("SIM", BacktestSettings.Default.FillModel);
        venue.AddInstrument(Stock);
        var host = new PaperTradingHost(strategy, new StrategyId("bt"), TestData.OpenAccount(AccountType.Cash, 1_000_000m), [venue]);
        for (var i = 0; i < Rising.Bars.Count; i++) host.OnBar(DecimalPrices.ToBar(Rising.Bars, i));
        host.Stop();
        return host;
    }
}
