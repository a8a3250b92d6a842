using Hive.Core.Ids;
using Hive.Core.Instruments;
using Hive.Core.Trading;

namespace Hive.Core.Tests.Trading;

public class AccountStateTests
{
    private static ReserveBuyingPower Reserve(OrderRequest order, decimal price, decimal feeRate = 0m) => new(order, TestData.Spx.QuoteCurrency, price, feeRate);

    [Fact]
    public void A_buy_fill_moves_cash_into_a_position_at_average_cost()
    {
        var account = TestData.OpenAccount(AccountType.Cash, 10_000m)
            .Do(new BookExecution(TestData.Fill("t1", "o1", OrderSide.Buy, 10, 100m, fee: 1m)))
            .Do(new BookExecution(TestData.Fill("t2", "o2", OrderSide.Buy, 10, 110m, fee: 1m)));

        Assert.Equal(10_000m - 1000m - 1100m - 2m, account.CashIn("USD"));
        var position = account.Positions[TestData.Spx.Id];
        Assert.Equal((20m, 105m), (position.Quantity, position.AverageCost));
        Assert.Equal(2m, account.Fees["USD"]);
    }

    [Fact]
    public void Selling_realizes_profit_against_average_cost()
    {
        var account = TestData.OpenAccount(AccountType.Cash, 10_000m)
            .Do(new BookExecution(TestData.Fill("t1", "o1", OrderSide.Buy, 10, 100m)))
            .Do(new BookExecution(TestData.Fill("t2", "o2", OrderSide.Sell, 4, 120m)));

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
            .Do(new BookExecution(TestData.Fill("t1", "o1", OrderSide.Sell, 10, 100m)))
            .Do(new BookExecution(TestData.Fill("t2", "o2", OrderSide.Buy, 15, 90m)));

        Assert.Equal(10m * 10m, account.RealizedPnl["USD"]);
        Assert.Equal((5m, 90m), (account.Positions[TestData.Spx.Id].Quantity, account.Positions[TestData.Spx.Id].AverageCost));
    }

    [Fact]
    public void The_same_trade_id_is_booked_once()
    {
        var fill = new BookExecution(TestData.Fill("t1", "o1", OrderSide.Buy, 10, 100m));
        var account = TestData.OpenAccount(AccountType.Cash, 10_000m).Do(fill);
        var again = account.Decide(fill, TestData.Now);
        Assert.False(again.IsRejected);
        Assert.Empty(again.Events);
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
            .Do(new BookExecution(TestData.Fill("t1", "o1", OrderSide.Buy, 2, 100m)));
        Assert.Equal(400m, account.Reservations[new ClientOrderId("o1")].Amount);
        Assert.Equal(800m - 400m, account.BuyingPower("USD"));
        account = account.Do(new BookExecution(TestData.Fill("t2", "o1", OrderSide.Buy, 4, 100m)));
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
            .Do(new BookExecution(TestData.Fill("t1", "o1", OrderSide.Buy, 5, 100m)));
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
            .Do(new BookExecution(TestData.Fill("t1", "o1", OrderSide.Buy, 10, 100m)));
        Assert.Equal(0m, account.BuyingPower("USD"));
        var closing = account.Decide(Reserve(TestData.Market("o2", OrderSide.Sell, 10), 100m), TestData.Now);
        Assert.False(closing.IsRejected);
    }

    [Fact]
    public void Reduce_only_orders_that_would_increase_the_position_are_rejected()
    {
        var account = TestData.OpenAccount(AccountType.Margin, 10_000m)
            .Do(new BookExecution(TestData.Fill("t1", "o1", OrderSide.Buy, 5, 100m)));
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
            account.Decide(new BookExecution(TestData.Fill("t", "o", OrderSide.Buy, 0, 1m)), TestData.Now).Rejection!.Code);
        Assert.Equal(TradingRejections.NonPositiveAmount,
            account.Decide(new BookExecution(TestData.Fill("t", "o", OrderSide.Buy, 1, 1m, fee: -1m)), TestData.Now).Rejection!.Code);
    }
}
