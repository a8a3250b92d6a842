using Hive.Core.Accounts;
using Hive.Core.Ids;
using Hive.Core.OrderFlow;
using Hive.Core.Orders;
using Hive.Core.Risk;
using Hive.Core.Tests.Support;

namespace Hive.Core.Tests.Risk;

/// <summary>Each pre-trade limit and trading state with exact numbers: the account refuses before it holds anything, with the
/// limit's code and a message that names the numbers.</summary>
public class PreTradeRiskTests
{
    private static readonly DateTime Now = TestData.Now;

    private static AccountState Account(RiskLimits limits, decimal cash = 10_000_000m) =>
        TestData.OpenAccount(AccountType.Margin, cash, leverage: 2m).Do(new SetRiskLimits(TestData.Account, limits));

    private static ReserveBuyingPower Reserve(OrderRequest order, decimal price, decimal? market = null) =>
        new(order, "USD", price, MarketPrice: market);

    private static void Denied(AccountState account, ReserveBuyingPower reserve, string code, params string[] named)
    {
        var decision = account.Decide(reserve, Now);
        Assert.Equal(code, decision.Rejection?.Code);
        Assert.True(RiskDenials.Denies(code));
        foreach (var text in named) Assert.Contains(text, decision.Rejection!.Message);
    }

    private static void Taken(AccountState account, ReserveBuyingPower reserve) => Assert.Null(account.Decide(reserve, Now).Rejection);

    [Fact]
    public void An_order_above_the_maximum_quantity_or_notional_is_denied_naming_both_numbers()
    {
        var account = Account(new RiskLimits { MaxOrderQuantity = 1_000m, MaxOrderNotional = 50_000m });
        Denied(account, Reserve(TestData.Limit("q", OrderSide.Buy, 1_001, 10m), 10m), RiskDenials.MaxOrderQuantity, "1001", "1000");
        // 600 x 100 = 60,000 > 50,000.
        Denied(account, Reserve(TestData.Limit("n", OrderSide.Buy, 600, 100m), 100m), RiskDenials.MaxOrderNotional, "60000", "50000");
        Taken(account, Reserve(TestData.Limit("ok", OrderSide.Buy, 100, 100m), 100m));
    }

    [Fact]
    public void A_market_orders_notional_is_taken_at_the_price_its_hold_is_sized_at()
    {
        var account = Account(new RiskLimits { MaxOrderNotional = 50_000m });
        // A client's tiny reference price does not shrink the notional: the venue's 100 is what the hold is sized at.
        Denied(account, Reserve(TestData.Market("m", OrderSide.Buy, 501), 100m), RiskDenials.MaxOrderNotional, "50100");
    }

    [Fact]
    public void A_limit_price_beyond_the_collar_from_the_last_price_is_denied_and_one_inside_is_taken()
    {
        var account = Account(new RiskLimits { PriceCollar = 0.05m });
        // |106 - 100| / 100 = 6% > 5%; |95 - 100| / 100 = 5% is on the edge and inside.
        Denied(account, Reserve(TestData.Limit("far", OrderSide.Buy, 1, 106m), 106m, market: 100m), RiskDenials.PriceOutsideCollar, "106", "6.0", "100");
        Taken(account, Reserve(TestData.Limit("edge", OrderSide.Buy, 1, 95m), 95m, market: 100m));
        // Before the venue has a price there is nothing to collar against.
        Taken(account, Reserve(TestData.Limit("early", OrderSide.Buy, 1, 500m), 500m));
    }

    [Fact]
    public void Open_orders_are_counted_against_the_maximum()
    {
        var account = Account(new RiskLimits { MaxOpenOrders = 2 })
            .Do(Reserve(TestData.Limit("a", OrderSide.Buy, 1, 10m), 10m))
            .Do(Reserve(TestData.Limit("b", OrderSide.Buy, 1, 10m), 10m));
        Denied(account, Reserve(TestData.Limit("c", OrderSide.Buy, 1, 10m), 10m), RiskDenials.MaxOpenOrders, "2");
        Taken(account.Do(new ReleaseReservation(TestData.Account, new ClientOrderId("a"), "Cancelled")), Reserve(TestData.Limit("c", OrderSide.Buy, 1, 10m), 10m));
    }

    [Fact]
    public void The_position_an_order_leads_to_is_limited_in_units_and_notional_but_an_order_that_reduces_it_is_not()
    {
        var account = Account(new RiskLimits { MaxPositionQuantity = 150m, MaxPositionNotional = 12_000m })
            .Do(TestData.Direct(TestData.Fill("t1", "seed", OrderSide.Buy, 100, 100m)));
        // 100 held + 60 = 160 units > 150.
        Denied(account, Reserve(TestData.Limit("more", OrderSide.Buy, 60, 70m), 70m), RiskDenials.MaxPosition, "160", "150");
        // 100 + 30 = 130 units at 100 = 13,000 > 12,000.
        Denied(account, Reserve(TestData.Limit("value", OrderSide.Buy, 30, 100m), 100m), RiskDenials.MaxPosition, "13000", "12000");
        Taken(account, Reserve(TestData.Limit("less", OrderSide.Sell, 80, 100m), 100m));
    }

    [Fact]
    public void The_order_rate_counts_the_orders_taken_in_the_last_second_of_event_time()
    {
        var account = Account(new RiskLimits { MaxOrdersPerSecond = 2 })
            .Do(Reserve(TestData.Limit("a", OrderSide.Buy, 1, 10m), 10m), Now.AddMilliseconds(-900))
            .Do(Reserve(TestData.Limit("b", OrderSide.Buy, 1, 10m), 10m), Now.AddMilliseconds(-100));
        Denied(account, Reserve(TestData.Limit("c", OrderSide.Buy, 1, 10m), 10m), RiskDenials.OrderRateExceeded, "2");
        // 950 ms later the first has left the window.
        Assert.Null(account.Decide(Reserve(TestData.Limit("c", OrderSide.Buy, 1, 10m), 10m), Now.AddMilliseconds(150)).Rejection);
        Assert.True(account.Risk.RecentOrders.Count() <= 2);
    }

    [Fact]
    public void A_strategys_limits_narrow_the_accounts_and_never_widen_them()
    {
        var strategy = new StrategyId("s1");
        var account = Account(new RiskLimits { MaxOrderQuantity = 100m })
            .Do(new SetRiskLimits(TestData.Account, new RiskLimits { MaxOrderQuantity = 10m }, Strategy: strategy))
            .Do(new SetRiskLimits(TestData.Account, new RiskLimits { MaxOrderQuantity = 1_000m }, Instrument: TestData.Spx.Id));
        Denied(account, Reserve(TestData.Limit("s", OrderSide.Buy, 11, 10m) with { StrategyId = strategy }, 10m), RiskDenials.MaxOrderQuantity, "11", "10");
        Denied(account, Reserve(TestData.Limit("w", OrderSide.Buy, 101, 10m), 10m), RiskDenials.MaxOrderQuantity, "100");
    }

    [Fact]
    public void A_halted_account_takes_nothing_and_a_reducing_one_only_orders_that_shrink_a_position()
    {
        var account = Account(RiskLimits.None).Do(TestData.Direct(TestData.Fill("t1", "seed", OrderSide.Buy, 100, 100m)));
        var reducing = account.Do(new SetTradingState(TestData.Account, TradingState.Reducing, "daily loss", "risk"));
        Denied(reducing, Reserve(TestData.Limit("buy", OrderSide.Buy, 1, 100m), 100m), RiskDenials.ReduceOnly, "daily loss", "100", "101");
        // Through zero would open a short: not a reduction.
        Denied(reducing, Reserve(TestData.Limit("flip", OrderSide.Sell, 150, 100m), 100m), RiskDenials.ReduceOnly, "-50");
        Taken(reducing, Reserve(TestData.Limit("sell", OrderSide.Sell, 100, 100m), 100m));

        var halted = reducing.Do(new SetTradingState(TestData.Account, TradingState.Halted, "kill switch", "ops"));
        Denied(halted, Reserve(TestData.Limit("sell", OrderSide.Sell, 1, 100m), 100m), RiskDenials.TradingHalted, "kill switch");
        Taken(halted.Do(new SetTradingState(TestData.Account, TradingState.Active, "reviewed", "ops")), Reserve(TestData.Limit("sell", OrderSide.Sell, 1, 100m), 100m));
    }

    [Fact]
    public void A_halted_strategy_stops_only_its_own_orders()
    {
        var strategy = new StrategyId("s1");
        var account = Account(RiskLimits.None).Do(new SetTradingState(TestData.Account, TradingState.Halted, "runaway", "ops", strategy));
        Denied(account, Reserve(TestData.Limit("s", OrderSide.Buy, 1, 10m) with { StrategyId = strategy }, 10m), RiskDenials.TradingHalted, "strategy s1");
        Taken(account, Reserve(TestData.Limit("other", OrderSide.Buy, 1, 10m), 10m));
    }

    [Fact]
    public void An_account_without_limits_of_its_own_trades_under_the_defaults()
    {
        var account = TestData.OpenAccount(AccountType.Margin, 100_000_000m, leverage: 2m);
        Assert.Null(account.Risk.Limits);
        var notional = RiskLimits.Defaults.MaxOrderNotional!.Value;
        Denied(account, Reserve(TestData.Limit("big", OrderSide.Buy, notional / 100m + 1, 100m), 100m), RiskDenials.MaxOrderNotional);
    }

    [Fact]
    public void Bad_limits_and_state_changes_are_refused_naming_what_is_wrong_and_change_nothing()
    {
        var account = Account(RiskLimits.None);
        Assert.Contains("priceCollar", account.Decide(new SetRiskLimits(TestData.Account, new RiskLimits { PriceCollar = 0m }), Now).Rejection!.Message);
        Assert.Contains("maxOpenOrders", account.Decide(new SetRiskLimits(TestData.Account, new RiskLimits { MaxOpenOrders = -1 }), Now).Rejection!.Message);
        Assert.Contains("nothing to resume",
            account.Decide(new SetTradingState(TestData.Account, TradingState.Active, "why", "ops"), Now).Rejection!.Message);
        var halted = account.Do(new SetTradingState(TestData.Account, TradingState.Halted, "kill", "ops"));
        Assert.Contains("already halted", halted.Decide(new SetTradingState(TestData.Account, TradingState.Halted, "again", "ops"), Now).Rejection!.Message);
        Assert.Contains("reason", account.Decide(new SetTradingState(TestData.Account, TradingState.Halted, " ", "ops"), Now).Rejection!.Message);
    }

    [Fact]
    public void An_order_denied_by_risk_ends_denied_not_rejected()
    {
        var flow = OrderFlowState.Empty(new ClientOrderId("o1"))
            .Apply(new OrderSubmitted("o1#1", new ClientOrderId("o1"), Now, Now, TestData.Limit("o1", OrderSide.Buy, 1, 10m), 10m, "USD"));
        var decision = flow.Decide(new ReservationRefused(new ClientOrderId("o1"), RiskDenials.MaxOrderNotional, "too big"), Now);
        var denied = Assert.IsType<OrderDenied>(Assert.Single(decision.Events));
        Assert.Equal(OrderStatus.Denied, flow.Apply(denied).Order.Status);
        Assert.True(flow.Apply(denied).Order.IsTerminal);
        var refused = flow.Decide(new ReservationRefused(new ClientOrderId("o1"), "insufficient-buying-power", "no cash"), Now);
        Assert.IsType<OrderRejected>(Assert.Single(refused.Events));
    }
}
