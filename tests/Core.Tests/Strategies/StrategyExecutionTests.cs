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
