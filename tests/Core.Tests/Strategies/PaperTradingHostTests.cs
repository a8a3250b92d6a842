using Hive.Core.Ids;
using Hive.Core.MarketData;
using Hive.Core.Strategies;
using Hive.Core.Tests.Support;
using Hive.Core.Accounts;
using Hive.Core.Domain;
using Hive.Core.Orders;
using Hive.Core.Venues;

namespace Hive.Core.Tests.Strategies;

public class PaperTradingHostTests
{
    private static readonly DateTime Start = new(2020, 1, 6, 0, 0, 0, DateTimeKind.Utc);

    private static List<Bar> Series(int count)
    {
        var bars = new List<Bar>();
        var close = 100m;
        for (var i = 0; i < count; i++)
        {
            var open = close;
            close = Math.Round(100m + (decimal)(15 * Math.Sin(i / 9.0) + 4 * Math.Sin(i / 2.3)), 2);
            bars.Add(new Bar(TestData.Spx.Id, Start.AddDays(i), BarInterval.OneDay, open, Math.Max(open, close) + 0.5m,
                Math.Min(open, close) - 0.5m, close, 5_000_000m));
        }
        return bars;
    }

    private static PaperTradingHost Host(IStrategy strategy, decimal cash = 100_000m, FillModelSettings? settings = null)
    {
        var venue = new PaperVenue("SIM", settings ?? new FillModelSettings { Fees = new FeeSchedule(0m, 0.001m) });
        venue.AddInstrument(TestData.Spx);
        var account = TestData.OpenAccount(AccountType.Cash, cash);
        return new PaperTradingHost(strategy, new StrategyId("sma-1"), account, [venue], reserveFeeRate: 0.001m);
    }

    private static PaperTradingHost RunSma(List<Bar> bars)
    {
        var host = Host(new SmaCrossStrategy(TestData.Spx.Id, new SmaCrossParameters(5, 20)));
        foreach (var bar in bars) host.OnBar(bar);
        host.Stop();
        return host;
    }

    [Fact]
    public void Sma_cross_paper_trades_through_the_real_order_and_account_aggregates_without_anomalies()
    {
        var bars = Series(300);
        var host = RunSma(bars);

        Assert.Empty(host.Anomalies);
        Assert.True(host.Fills.Count >= 4, $"expected several round trips, got {host.Fills.Count} fills");
        Assert.All(host.Orders, o => Assert.Equal(OrderStatus.Filled, o.Status));
        Assert.Empty(host.Account.Reservations);
        Assert.Equal(host.Fills.Select(f => f.ClientOrderId).Distinct(), host.Orders.Select(o => o.ClientOrderId));
    }

    [Fact]
    public void Every_market_order_fills_at_the_open_of_the_bar_after_its_signal()
    {
        var bars = Series(300);
        var host = RunSma(bars);
        foreach (var fill in host.Fills)
        {
            var bar = bars.Single(b => b.OpenTime == fill.ExecutedAt);
            Assert.Equal(bar.Open, fill.Price);
            Assert.Equal(fill.Quantity * fill.Price * 0.001m, fill.Fee);
        }
    }

    [Fact]
    public void Cash_and_position_equal_an_independent_replay_of_the_fills()
    {
        var host = RunSma(Series(300));
        decimal cash = 100_000m, position = 0m;
        foreach (var fill in host.Fills)
        {
            var signed = fill.Side == OrderSide.Buy ? fill.Quantity : -fill.Quantity;
            position += signed;
            cash -= signed * fill.Price + fill.Fee;
        }
        Assert.Equal(cash, host.Account.CashIn("USD"));
        Assert.Equal(position, host.Account.PositionIn(TestData.Spx.Id));
        Assert.True(host.Account.CashIn("USD") >= 0m, "a cash account never spends money it does not have");
    }

    [Fact]
    public void Two_runs_on_the_same_data_produce_the_same_fills()
    {
        var bars = Series(300);
        var first = RunSma(bars).Fills;
        Assert.True(first.Count >= 4, $"the comparison needs fills to compare, got {first.Count}");
        Assert.Equal(first, RunSma(bars).Fills);
    }

    private sealed class GreedyStrategy(StrategyOrder order) : IStrategy
    {
        public List<OrderTicket> Tickets { get; } = new();
        public List<IOrderEvent> Events { get; } = new();

        public void OnBar(IStrategyContext context, Bar bar)
        {
            if (Tickets.Count == 0) Tickets.Add(context.Submit(order));
        }

        public void OnOrderEvent(IStrategyContext context, IOrderEvent orderEvent) => Events.Add(orderEvent);
    }

    [Fact]
    public void An_order_beyond_buying_power_is_rejected_and_the_strategy_hears_it()
    {
        var strategy = new GreedyStrategy(StrategyOrder.Market(TestData.Spx.Id, OrderSide.Buy, 10_000));
        var host = Host(strategy, cash: 1_000m);
        host.OnBar(Series(1)[0]);

        var ticket = Assert.Single(strategy.Tickets);
        Assert.Equal(TradingRejections.InsufficientBuyingPower, ticket.Rejection!.Code);
        Assert.Equal(OrderStatus.Rejected, host.GetOrder(ticket.ClientOrderId)!.Status);
        Assert.IsType<OrderRejected>(strategy.Events[^1]);
    }

    [Fact]
    public void An_off_tick_order_is_rejected_on_the_spot_with_the_rule_named()
    {
        var strategy = new GreedyStrategy(StrategyOrder.Limit(TestData.Spx.Id, OrderSide.Buy, 1, 99.999m));
        var host = Host(strategy);
        host.OnBar(Series(1)[0]);
        Assert.Equal(Hive.Core.Instruments.InstrumentRules.OffTick, Assert.Single(strategy.Tickets).Rejection!.Code);
        Assert.Empty(host.OpenOrders());
    }

    [Fact]
    public void Cancelling_a_resting_limit_releases_its_buying_power()
    {
        var strategy = new GreedyStrategy(StrategyOrder.Limit(TestData.Spx.Id, OrderSide.Buy, 10, 50m));
        var host = Host(strategy, cash: 1_000m);
        var bars = Series(3);
        host.OnBar(bars[0]);
        var id = strategy.Tickets[0].ClientOrderId;
        host.OnBar(bars[1]);
        Assert.Equal(1_000m - 500.5m, host.Account.BuyingPower("USD"));
        Assert.True(host.Cancel(id));
        Assert.Equal(OrderStatus.Cancelled, host.GetOrder(id)!.Status);
        Assert.Equal(1_000m, host.Account.BuyingPower("USD"));
        Assert.False(host.Cancel(id));
    }
}
