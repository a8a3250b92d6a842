using Hive.Core.Backtesting;
using Hive.Core.Strategies;
using static Hive.Core.Tests.Backtesting.BacktestFixtures;
using Hive.Core.Domain;
using Hive.Core.Orders;
using Hive.Core.Venues;

namespace Hive.Core.Tests.Backtesting;

public class FillSemanticsTests
{
    private static readonly BacktestFeed Rising = Feed(Aaa,
        (100, 101, 99, 100.5, 1000),
        (102, 104, 101, 103, 1000),
        (103, 106, 102, 105, 1000),
        (104, 107, 100, 106, 1000));

    [Fact]
    public void A_market_order_fills_at_the_open_of_the_next_bar_by_default()
    {
        var result = Run(new ScriptedStrategy().At(0, ScriptedStrategy.Buy(10)), new BacktestSettings(), Rising);

        var fill = Assert.Single(result.Fills);
        Assert.Equal(102m, fill.Price);
        Assert.Equal(Monday.AddDays(1), fill.Time);
    }

    [Fact]
    public void With_signal_close_timing_a_market_order_fills_at_the_close_of_its_signal_bar()
    {
        var result = Run(new ScriptedStrategy().At(0, ScriptedStrategy.Buy(10)), new BacktestSettings { FillTiming = MarketFillTiming.SignalBarClose }, Rising);

        var fill = Assert.Single(result.Fills);
        Assert.Equal(100.5m, fill.Price);
        Assert.Equal(Monday.AddDays(1), fill.Time); // the daily bar of Monday closes at midnight
    }

    [Fact]
    public void A_buy_limit_fills_at_the_limit_when_the_bar_range_crosses_it()
    {
        // Bar 1 trades 101..104: a 101.50 bid is crossed, and fills at the limit as a maker.
        var result = Run(new ScriptedStrategy().At(0, StrategyOrder.Limit(Aaa.Id, OrderSide.Buy, 5, 101.5m)), new BacktestSettings(), Rising);

        var fill = Assert.Single(result.Fills);
        Assert.Equal(101.5m, fill.Price);
        Assert.Equal("maker", fill.Liquidity);
    }

    [Fact]
    public void A_buy_limit_fills_at_the_better_open_when_the_bar_gaps_through_it()
    {
        var gap = Feed(Aaa, (110, 111, 109, 110, 1000), (100, 101, 99, 100, 1000));
        var result = Run(new ScriptedStrategy().At(0, StrategyOrder.Limit(Aaa.Id, OrderSide.Buy, 5, 105m)), new BacktestSettings(), gap);

        Assert.Equal(100m, Assert.Single(result.Fills).Price);
    }

    [Fact]
    public void A_limit_the_range_never_reaches_does_not_fill()
    {
        var result = Run(new ScriptedStrategy().At(0, StrategyOrder.Limit(Aaa.Id, OrderSide.Buy, 5, 98m)), new BacktestSettings(), Rising);

        Assert.Empty(result.Fills);
    }

    [Fact]
    public void Fills_are_capped_at_the_share_of_bar_volume_and_the_rest_fills_on_later_bars()
    {
        // 10% of 100 = 10 units per bar: 25 units fill 10 + 10 + 5.
        var feed = Feed(Aaa, (100, 100, 100, 100, 100), (101, 101, 101, 101, 100), (102, 102, 102, 102, 100), (103, 103, 103, 103, 100));
        var result = Run(new ScriptedStrategy().At(0, ScriptedStrategy.Buy(25)), new BacktestSettings { MaxVolumeShare = 0.1m }, feed);

        Assert.Equal([10m, 10m, 5m], result.Fills.Select(f => f.Quantity));
        Assert.Equal([101m, 102m, 103m], result.Fills.Select(f => f.Price));
    }

    [Fact]
    public void Commission_as_a_fraction_of_notional_is_charged_on_each_fill()
    {
        var result = Run(new ScriptedStrategy().At(0, ScriptedStrategy.Buy(10)).At(1, ScriptedStrategy.Sell(10)),
            new BacktestSettings { Fees = new FeeSchedule(0.001m, 0.001m) }, Rising);

        // buy 10 @ 102 -> 1.02; sell 10 @ 103 -> 1.03
        Assert.Equal([1.02m, 1.03m], result.Fills.Select(f => f.Fee));
        Assert.Equal(2.05m, result.Metrics.TotalFees);
        Assert.Equal(100_000m + 10m - 2.05m, result.Metrics.FinalEquity);
    }

    [Fact]
    public void Commission_per_share_is_charged_per_unit()
    {
        var result = Run(new ScriptedStrategy().At(0, ScriptedStrategy.Buy(10)), new BacktestSettings { Fees = new FeeSchedule(0m, 0m, 0.005m) }, Rising);

        Assert.Equal(0.05m, Assert.Single(result.Fills).Fee);
    }

    [Fact]
    public void Maker_and_taker_rates_apply_to_resting_and_aggressive_fills()
    {
        var result = Run(new ScriptedStrategy().At(0, StrategyOrder.Limit(Aaa.Id, OrderSide.Buy, 10, 101.5m)).At(1, ScriptedStrategy.Sell(10)),
            new BacktestSettings { Fees = new FeeSchedule(0.0001m, 0.002m) }, Rising);

        // maker: 10 x 101.5 x 0.0001 = 0.1015; taker: 10 x 103 x 0.002 = 2.06
        Assert.Equal([0.1015m, 2.06m], result.Fills.Select(f => f.Fee));
    }

    [Fact]
    public void Slippage_in_basis_points_moves_market_fills_against_the_trader()
    {
        var result = Run(new ScriptedStrategy().At(0, ScriptedStrategy.Buy(10)).At(1, ScriptedStrategy.Sell(10)),
            new BacktestSettings { Slippage = new FixedBpsSlippage(10m) }, Rising);

        // 102 x 1.001 = 102.102 -> 102.10 on the cent tick; 103 x 0.999 = 102.897 -> 102.90
        Assert.Equal([102.10m, 102.90m], result.Fills.Select(f => f.Price));
    }

    [Fact]
    public void Volume_share_slippage_grows_with_the_square_of_the_share_taken()
    {
        var result = Run(new ScriptedStrategy().At(0, ScriptedStrategy.Buy(100)), new BacktestSettings { Slippage = new VolumeShareSlippage(0.1m) }, Rising);

        // share 100/1000 = 0.1 -> impact 0.1 x 0.01 = 0.1%: 102 x 1.001 = 102.102 -> 102.10
        Assert.Equal(102.10m, Assert.Single(result.Fills).Price);
    }

    [Fact]
    public void An_order_costing_more_than_the_available_cash_is_rejected_by_the_account()
    {
        var strategy = new ScriptedStrategy().At(0, ScriptedStrategy.Buy(1_000));
        var result = Run(strategy, new BacktestSettings { InitialCash = 50_000m }, Rising);

        var ticket = Assert.Single(strategy.Tickets);
        Assert.Equal(TradingRejections.InsufficientBuyingPower, ticket.Rejection?.Code);
        Assert.Empty(result.Fills);
        Assert.Equal(50_000m, result.Metrics.FinalEquity);
    }

    [Fact]
    public void A_position_open_at_the_end_is_marked_at_the_last_close()
    {
        var result = Run(new ScriptedStrategy().At(0, ScriptedStrategy.Buy(10)), new BacktestSettings(), Rising);

        // bought 10 @ 102, last close 106
        Assert.Equal(100_000m + 10m * (106m - 102m), result.Metrics.FinalEquity);
        var trade = Assert.Single(result.Trades);
        Assert.True(trade.Open);
        Assert.Null(trade.ExitTime);
        Assert.Equal(106m, trade.ExitPrice);
        Assert.Equal(40m, trade.GrossPnl);
    }

    [Fact]
    public void A_round_trip_records_entry_exit_gross_and_net_of_fees()
    {
        var result = Run(new ScriptedStrategy().At(0, ScriptedStrategy.Buy(10)).At(2, ScriptedStrategy.Sell(10)),
            new BacktestSettings { Fees = new FeeSchedule(0m, 0.001m) }, Rising);

        var trade = Assert.Single(result.Trades);
        Assert.False(trade.Open);
        Assert.Equal((102m, 104m, 10m), (trade.EntryPrice, trade.ExitPrice!.Value, trade.Quantity));
        Assert.Equal(20m, trade.GrossPnl);
        Assert.Equal(1.02m + 1.04m, trade.Fees);
        Assert.Equal(20m - 2.06m, trade.NetPnl);
        Assert.Equal(1, result.Metrics.Trades);
        Assert.Equal(1.0, result.Metrics.WinRate);
    }
}
