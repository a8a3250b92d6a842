using Hive.Core.Risk;
using Hive.Core.Ids;
using Hive.Core.Instruments;
using Hive.Core.Tests.Support;
using Hive.Core.Accounts;
using Hive.Core.Domain;
using Hive.Core.Orders;
using Hive.Core.OrderFlow;

namespace Hive.Core.Tests.Accounts;

public class AccountStateTests
{
    private static ReserveBuyingPower Reserve(OrderRequest order, decimal price, decimal feeRate = 0m) => new(order, TestData.Spx.QuoteCurrency, price, feeRate);

    [Fact]
    public void An_account_default_self_trade_prevention_mode_goes_with_the_route_of_an_order_choosing_none_and_never_over_its_own()
    {
        var account = TestData.OpenAccount(AccountType.Cash, 10_000m).Do(new SetSelfTradePrevention(TestData.Account, SelfTradePrevention.ExpireMaker));
        var plain = TestData.Limit("o1", OrderSide.Buy, 10, 100m);
        var own = TestData.Limit("o2", OrderSide.Buy, 10, 100m) with { SelfTradePrevention = SelfTradePrevention.None };
        var routed = AccountAnswers.For(Reserve(plain, 100m), null, account.Do(Reserve(plain, 100m)));
        var again = account.Decide(new SetSelfTradePrevention(TestData.Account, SelfTradePrevention.ExpireMaker), TestData.Now);
        var cleared = account.Do(new SetSelfTradePrevention(TestData.Account, null));

        Assert.Equal(SelfTradePrevention.ExpireMaker, Assert.IsType<RouteOrder>(Assert.Single(routed!)).Request.SelfTradePrevention);
        Assert.Equal(SelfTradePrevention.None, account.Routed(own).SelfTradePrevention);
        Assert.Empty(again.Events);
        Assert.False(again.IsRejected);
        Assert.Null(cleared.DefaultSelfTradePrevention);
        Assert.Same(plain, cleared.Routed(plain));
    }

    [Fact]
    public void A_buy_fill_moves_cash_into_a_position_at_average_cost()
    {
        var account = TestData.OpenAccount(AccountType.Cash, 10_000m)
            .Do(TestData.Direct(TestData.Fill("t1", "o1", OrderSide.Buy, 10, 100m, fee: 1m)))
            .Do(TestData.Direct(TestData.Fill("t2", "o2", OrderSide.Buy, 10, 110m, fee: 1m)));

        Assert.Equal(10_000m - 1000m - 1100m - 2m, account.CashIn("USD"));
        var position = account.Positions[TestData.Spx.Id];
        Assert.Equal((20m, 105m), (position.Quantity, position.AverageCost));
        Assert.Equal(2m, account.Fees["USD"]);
    }

    [Fact]
    public void Selling_realizes_profit_against_average_cost()
    {
        var account = TestData.OpenAccount(AccountType.Cash, 10_000m)
            .Do(TestData.Direct(TestData.Fill("t1", "o1", OrderSide.Buy, 10, 100m)))
            .Do(TestData.Direct(TestData.Fill("t2", "o2", OrderSide.Sell, 4, 120m)));

        Assert.Equal(4m * 20m, account.RealizedPnl["USD"]);
        Assert.Equal((6m, 100m), (account.Positions[TestData.Spx.Id].Quantity, account.Positions[TestData.Spx.Id].AverageCost));
        var marks = new Dictionary<InstrumentId, decimal> { [TestData.Spx.Id] = 90m };
        Assert.Equal(6m * -10m, account.UnrealizedPnl("USD", marks));
        Assert.Equal(10_000m - 1000m + 480m + 6m * 90m, account.Equity("USD", marks));
    }

    [Fact]
    public void A_margin_account_can_go_short_and_flip_long()
    {
        var account = TestData.OpenAccount(AccountType.Margin, 10_000m, leverage: 2m)
            .Do(TestData.Direct(TestData.Fill("t1", "o1", OrderSide.Sell, 10, 100m)))
            .Do(TestData.Direct(TestData.Fill("t2", "o2", OrderSide.Buy, 15, 90m)));

        Assert.Equal(10m * 10m, account.RealizedPnl["USD"]);
        Assert.Equal((5m, 90m), (account.Positions[TestData.Spx.Id].Quantity, account.Positions[TestData.Spx.Id].AverageCost));
    }

    [Fact]
    public void A_fill_of_a_held_order_is_booked_once_by_its_fill_number()
    {
        var account = TestData.OpenAccount(AccountType.Cash, 10_000m).Do(Reserve(TestData.Limit("o1", OrderSide.Buy, 10, 100m), 100m));
        var fill = new BookExecution(TestData.Fill("o1-1", "o1", OrderSide.Buy, 4, 100m), 1);
        account = account.Do(fill);
        Assert.Equal((1, 1L), (account.Reservations[new ClientOrderId("o1")].FillsBooked, account.FillsBooked));

        DecisionAssert.AlreadyApplied(account.Decide(fill, TestData.Now));
        // The number is the key: a fill 1 under another trade id (a venue that restarted and forgot what it offered) is the same fill.
        DecisionAssert.AlreadyApplied(account.Decide(fill with { Execution = fill.Execution with { TradeId = new TradeId("other") } }, TestData.Now));
        Assert.Equal((9_600m, 4m), (account.CashIn("USD"), account.PositionIn(TestData.Spx.Id)));
    }

    [Fact]
    public void A_fill_that_overtook_the_one_before_it_is_refused_as_out_of_order_and_books_nothing()
    {
        var account = TestData.OpenAccount(AccountType.Cash, 10_000m).Do(Reserve(TestData.Limit("o1", OrderSide.Buy, 10, 100m), 100m));
        var rejection = DecisionAssert.Rejected(
            account.Decide(new BookExecution(TestData.Fill("o1-2", "o1", OrderSide.Buy, 4, 100m), 2), TestData.Now), TradingRejections.FillOutOfOrder);
        Assert.Contains("fill 1", rejection.Message);

        account = account.Do(new BookExecution(TestData.Fill("o1-1", "o1", OrderSide.Buy, 4, 100m), 1))
            .Do(new BookExecution(TestData.Fill("o1-2", "o1", OrderSide.Buy, 4, 100m), 2));
        Assert.Equal((8m, 2L), (account.PositionIn(TestData.Spx.Id), account.FillsBooked));
    }

    [Fact]
    public void Once_a_fill_closes_its_hold_late_repeats_of_the_orders_reserve_and_fills_hold_and_book_nothing()
    {
        var order = TestData.Limit("o1", OrderSide.Buy, 10, 100m);
        var account = TestData.OpenAccount(AccountType.Cash, 10_000m).Do(Reserve(order, 100m))
            .Do(new BookExecution(TestData.Fill("o1-1", "o1", OrderSide.Buy, 10, 100m), 1));
        Assert.Empty(account.Reservations);
        Assert.Contains(new ClientOrderId("o1"), account.ClosedHolds.Keys);

        DecisionAssert.AlreadyApplied(account.Decide(Reserve(order, 100m), TestData.Now));
        DecisionAssert.AlreadyApplied(account.Decide(new BookExecution(TestData.Fill("o1-1", "o1", OrderSide.Buy, 10, 100m), 1), TestData.Now));
        Assert.Equal((9_000m, 1L), (account.CashIn("USD"), account.FillsBooked));
    }

    [Fact]
    public void A_flow_fill_of_an_order_without_an_open_hold_is_a_repeat_even_after_the_closed_holds_window_forgot_the_order()
    {
        // Every flow fill is booked while its order holds: the hold closes with the last fill, or is released after every fill
        // was booked. A finished order that restarts sends its fills again, however long ago its hold closed.
        var account = TestData.OpenAccount(AccountType.Cash, 1_000_000m).Unlimited().Do(Reserve(TestData.Limit("o1", OrderSide.Buy, 10, 100m), 100m))
            .Do(new BookExecution(TestData.Fill("o1-1", "o1", OrderSide.Buy, 10, 100m), 1));
        for (var n = 0; n < AccountState.ClosedKept; n++)
            account = account.Do(Reserve(TestData.Limit($"r{n}", OrderSide.Buy, 1, 1m), 1m)).Do(new ReleaseReservation(TestData.Account, new ClientOrderId($"r{n}"), "Cancelled"));
        Assert.DoesNotContain(new ClientOrderId("o1"), account.ClosedHolds.Keys);

        DecisionAssert.AlreadyApplied(account.Decide(new BookExecution(TestData.Fill("o1-1", "o1", OrderSide.Buy, 10, 100m), 1), TestData.Now));
        Assert.Equal((999_000m, 1L), (account.CashIn("USD"), account.FillsBooked));
    }

    [Fact]
    public void A_fill_booked_outside_the_order_flow_is_booked_as_given()
    {
        var fill = TestData.Direct(TestData.Fill("t1", "o1", OrderSide.Buy, 10, 100m));
        var account = TestData.OpenAccount(AccountType.Cash, 10_000m).Do(fill);
        Assert.Equal((10m, 9_000m, 1L), (account.PositionIn(TestData.Spx.Id), account.CashIn("USD"), account.FillsBooked));
    }

    [Fact]
    public void A_release_of_an_order_that_holds_nothing_is_remembered_so_a_reserve_that_arrives_after_it_holds_nothing()
    {
        // The order was refused, released what it might hold, and finished; a retry of its reserve sent before the refusal
        // arrives after the release (and after a deposit): held now, it would never be released.
        var order = TestData.Limit("o1", OrderSide.Buy, 10, 100m);
        var account = TestData.OpenAccount(AccountType.Cash, 100m).Do(new ReleaseReservation(TestData.Account, order.ClientOrderId, "Rejected"))
            .Do(new DepositFunds(TestData.Account, "more", "USD", 10_000m));
        DecisionAssert.AlreadyApplied(account.Decide(Reserve(order, 100m), TestData.Now));
        Assert.Empty(account.Reservations);
        // Released again (the order restarted), it changes nothing more.
        DecisionAssert.AlreadyApplied(account.Decide(new ReleaseReservation(TestData.Account, order.ClientOrderId, "Rejected"), TestData.Now));
    }

    [Fact]
    public void An_order_beyond_buying_power_is_rejected_with_the_amounts_named()
    {
        var account = TestData.OpenAccount(AccountType.Cash, 1_000m);
        var decision = account.Decide(Reserve(TestData.Limit("o1", OrderSide.Buy, 11, 100m), 100m), TestData.Now);
        Assert.Equal(TradingRejections.InsufficientBuyingPower, decision.Rejection!.Code);
        Assert.Contains("1100", decision.Rejection.Message);
        Assert.Contains("1000", decision.Rejection.Message);
    }

    [Fact]
    public void Reservations_reduce_buying_power_and_are_released_on_cancel()
    {
        var account = TestData.OpenAccount(AccountType.Cash, 1_000m)
            .Do(Reserve(TestData.Limit("o1", OrderSide.Buy, 6, 100m), 100m, feeRate: 0.001m));
        Assert.Equal(1_000m - 600.6m, account.BuyingPower("USD"));
        Assert.Equal(TradingRejections.InsufficientBuyingPower,
            account.Decide(Reserve(TestData.Limit("o2", OrderSide.Buy, 4, 100m), 100m, 0.001m), TestData.Now).Rejection!.Code);

        account = account.Do(new ReleaseReservation(TestData.Account, new ClientOrderId("o1"), "cancelled"));
        Assert.Equal(1_000m, account.BuyingPower("USD"));
    }

    [Fact]
    public void Fills_consume_the_reservation_of_their_order()
    {
        var account = TestData.OpenAccount(AccountType.Cash, 1_000m)
            .Do(Reserve(TestData.Limit("o1", OrderSide.Buy, 6, 100m), 100m))
            .Do(new BookExecution(TestData.Fill("o1-1", "o1", OrderSide.Buy, 2, 100m), 1));
        Assert.Equal(400m, account.Reservations[new ClientOrderId("o1")].Amount);
        Assert.Equal(800m - 400m, account.BuyingPower("USD"));
        account = account.Do(new BookExecution(TestData.Fill("o1-2", "o1", OrderSide.Buy, 4, 100m), 2));
        Assert.Empty(account.Reservations);
        Assert.Equal(400m, account.BuyingPower("USD"));
    }

    [Fact]
    public void Reserving_twice_for_the_same_order_holds_once_even_after_release()
    {
        var reserve = Reserve(TestData.Limit("o1", OrderSide.Buy, 5, 100m), 100m);
        var account = TestData.OpenAccount(AccountType.Cash, 1_000m).Do(reserve);
        Assert.Empty(account.Decide(reserve, TestData.Now).Events);
        account = account.Do(new ReleaseReservation(TestData.Account, new ClientOrderId("o1"), "filled"));
        Assert.Empty(account.Decide(reserve, TestData.Now).Events);
        Assert.Equal(1_000m, account.BuyingPower("USD"));
    }

    [Fact]
    public void A_cash_account_cannot_sell_what_it_does_not_hold()
    {
        var account = TestData.OpenAccount(AccountType.Cash, 10_000m)
            .Do(TestData.Direct(TestData.Fill("t1", "o1", OrderSide.Buy, 5, 100m)));
        Assert.Equal(TradingRejections.ShortSaleNotAllowed,
            account.Decide(Reserve(TestData.Market("o2", OrderSide.Sell, 6), 100m), TestData.Now).Rejection!.Code);
        account = account.Do(Reserve(TestData.Market("o3", OrderSide.Sell, 5), 100m));
        // The 5 held are now promised to o3 and cannot be sold again.
        Assert.Equal(TradingRejections.ShortSaleNotAllowed,
            account.Decide(Reserve(TestData.Market("o4", OrderSide.Sell, 1), 100m), TestData.Now).Rejection!.Code);
    }

    [Fact]
    public void A_margin_account_can_short_within_leverage()
    {
        var account = TestData.OpenAccount(AccountType.Margin, 1_000m, leverage: 2m);
        Assert.False(account.Decide(Reserve(TestData.Market("o1", OrderSide.Sell, 20), 100m), TestData.Now).IsRejected);
        Assert.Equal(TradingRejections.InsufficientBuyingPower,
            account.Decide(Reserve(TestData.Market("o2", OrderSide.Sell, 21), 100m), TestData.Now).Rejection!.Code);
    }

    [Fact]
    public void Closing_part_of_a_margin_position_needs_no_buying_power()
    {
        var account = TestData.OpenAccount(AccountType.Margin, 1_000m)
            .Do(TestData.Direct(TestData.Fill("t1", "o1", OrderSide.Buy, 10, 100m)));
        Assert.Equal(0m, account.BuyingPower("USD"));
        var closing = account.Decide(Reserve(TestData.Market("o2", OrderSide.Sell, 10), 100m), TestData.Now);
        Assert.False(closing.IsRejected);
    }

    [Fact]
    public void Reduce_only_orders_that_would_increase_the_position_are_rejected()
    {
        var account = TestData.OpenAccount(AccountType.Margin, 10_000m)
            .Do(TestData.Direct(TestData.Fill("t1", "o1", OrderSide.Buy, 5, 100m)));
        var order = TestData.Market("o2", OrderSide.Sell, 6) with { ReduceOnly = true };
        Assert.Equal(TradingRejections.ReduceOnlyWouldIncrease, account.Decide(Reserve(order, 100m), TestData.Now).Rejection!.Code);
        Assert.False(account.Decide(Reserve(order with { Quantity = 5 }, 100m), TestData.Now).IsRejected);
    }

    [Fact]
    public void Deposits_count_once_per_transfer_and_must_be_positive()
    {
        var account = TestData.OpenAccount(AccountType.Cash, 100m);
        Assert.Empty(account.Decide(new DepositFunds(TestData.Account, "initial", "USD", 100m), TestData.Now).Events);
        Assert.Equal(TradingRejections.NonPositiveAmount,
            account.Decide(new DepositFunds(TestData.Account, "t2", "USD", -5m), TestData.Now).Rejection!.Code);
    }

    [Fact]
    public void A_closed_account_refuses_everything_but_opening()
    {
        var account = AccountState.Empty(TestData.Account);
        Assert.Equal(TradingRejections.AccountNotOpen,
            account.Decide(new DepositFunds(TestData.Account, "x", "USD", 1m), TestData.Now).Rejection!.Code);
        Assert.Equal(TradingRejections.NonPositiveAmount,
            account.Decide(new OpenAccount(TestData.Account, AccountType.Cash, 2m), TestData.Now).Rejection!.Code);
    }

    [Fact]
    public void Bad_executions_are_rejected()
    {
        var account = TestData.OpenAccount(AccountType.Cash, 100m);
        Assert.Equal(InstrumentRules.NonPositiveQuantity,
            account.Decide(TestData.Direct(TestData.Fill("t", "o", OrderSide.Buy, 0, 1m)), TestData.Now).Rejection!.Code);
        Assert.Equal(TradingRejections.NonPositiveAmount,
            account.Decide(TestData.Direct(TestData.Fill("t", "o", OrderSide.Buy, 1, 1m, fee: -1m)), TestData.Now).Rejection!.Code);
    }

    [Fact]
    public void A_1000_share_buy_limited_at_100_with_a_reference_price_of_a_cent_holds_100000_plus_fee_headroom()
    {
        // The hold is never sized below what the order can cost: a limit buy can fill at up to its limit.
        var account = TestData.OpenAccount(AccountType.Cash, 1_000_000m)
            .Do(Reserve(TestData.Limit("o1", OrderSide.Buy, 1000, 100m), 0.01m, feeRate: 0.001m));
        Assert.Equal(100_100m, account.Reservations[new ClientOrderId("o1")].Amount);
        Assert.Equal(100m, AccountState.HoldPrice(Reserve(TestData.Limit("o1", OrderSide.Buy, 1000, 100m), 0.01m)));
        Assert.Equal(TradingRejections.InsufficientBuyingPower,
            TestData.OpenAccount(AccountType.Cash, 100_000m).Decide(Reserve(TestData.Limit("o1", OrderSide.Buy, 1000, 100m), 0.01m, 0.001m), TestData.Now)
                .Rejection!.Code);
    }

    [Fact]
    public void A_hold_is_sized_at_the_highest_of_the_reference_limit_and_stop_prices()
    {
        var stop = new OrderRequest(new ClientOrderId("s1"), TestData.Account, TestData.Spx.Id, OrderSide.Buy, OrderType.StopLimit, 10m,
            LimitPrice: 105m, StopPrice: 104m);
        Assert.Equal(105m, AccountState.HoldPrice(Reserve(stop, 90m)));
        Assert.Equal(120m, AccountState.HoldPrice(Reserve(stop, 120m)));
        Assert.Equal(101m, AccountState.HoldPrice(Reserve(TestData.Market("m1", OrderSide.Buy, 10), 101m)));
    }

    [Fact]
    public void Closed_holds_are_remembered_for_the_last_ClosedKept_orders_only()
    {
        var account = TestData.OpenAccount(AccountType.Cash, 1_000_000m).Unlimited();
        for (var n = 0; n <= AccountState.ClosedKept; n++)
            account = account.Do(Reserve(TestData.Limit($"o{n}", OrderSide.Buy, 1, 1m), 1m)).Do(new ReleaseReservation(TestData.Account, new ClientOrderId($"o{n}"), "Cancelled"));

        Assert.Equal(AccountState.ClosedKept, account.ClosedHolds.Keys.Count);
        Assert.DoesNotContain(new ClientOrderId("o0"), account.ClosedHolds.Keys);
        Assert.Equal(new ClientOrderId("o1"), account.ClosedHolds.Keys[0]);
        DecisionAssert.AlreadyApplied(account.Decide(Reserve(TestData.Limit("o1", OrderSide.Buy, 1, 1m), 1m), TestData.Now));
        // A repeat older than the window is no longer recognised: an order retries its reserve only while it is new.
        Assert.Single(account.Decide(Reserve(TestData.Limit("o0", OrderSide.Buy, 1, 1m), 1m), TestData.Now).Events);
    }

    [Fact]
    public void Transfer_ids_are_remembered_for_the_last_TransfersKept_deposits()
    {
        var account = TestData.OpenAccount(AccountType.Cash, 1m);
        for (var n = 1; n <= AccountState.TransfersKept; n++) account = account.Do(new DepositFunds(TestData.Account, $"t{n}", "USD", 1m));
        Assert.Equal(AccountState.TransfersKept, account.AppliedTransfers.Keys.Count);
        DecisionAssert.AlreadyApplied(account.Decide(new DepositFunds(TestData.Account, "t1", "USD", 1m), TestData.Now));
        Assert.Single(account.Decide(new DepositFunds(TestData.Account, "initial", "USD", 1m), TestData.Now).Events);
        Assert.Equal(1m + AccountState.TransfersKept, account.CashIn("USD"));
    }

    [Fact]
    public void The_accounts_state_does_not_grow_with_the_fills_it_books()
    {
        static AccountState Trade(int fills)
        {
            var account = TestData.OpenAccount(AccountType.Margin, 1_000_000_000m, leverage: 2m).Unlimited();
            for (var n = 0; n < fills; n++)
            {
                var id = $"o{n:D7}";
                var side = n % 2 == 0 ? OrderSide.Buy : OrderSide.Sell;
                account = account.Do(Reserve(TestData.Market(id, side, 10), 100m))
                    .Do(new BookExecution(TestData.Fill($"{id}-1", id, side, 10, 100m, fee: 0.5m), 1));
            }
            return account;
        }
        static int Size(AccountState account) => System.Text.Json.JsonSerializer.Serialize(account).Length;

        var few = Trade(10);
        var many = Trade(10_000);
        var more = Trade(20_000);
        Assert.Equal((10L, 10_000L, 20_000L), (few.FillsBooked, many.FillsBooked, more.FillsBooked));
        Assert.Empty(more.Reservations);
        // Only the window of closed holds fills up (each key is its JSON string and a comma) ...
        var closedKey = System.Text.Json.JsonSerializer.Serialize(new ClientOrderId("o0000000")).Length + 1;
        Assert.InRange(Size(many) - Size(few), 0, (AccountState.ClosedKept - 10) * closedKey + 64);
        // ... and once it is full, twice the fills is the same size, give or take the digits of the counters.
        Assert.InRange(Math.Abs(Size(more) - Size(many)), 0, 16);
        // What a strategy reads leaves the window out.
        Assert.InRange(Size(more.ForStrategy()), 0, Size(few) + 64);
    }
}
