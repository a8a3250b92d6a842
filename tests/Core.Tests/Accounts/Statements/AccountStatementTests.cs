using Hive.Core.Accounts;
using Hive.Core.Accounts.Statements;
using Hive.Core.Ids;
using Hive.Core.Orders;

namespace Hive.Core.Tests.Accounts.Statements;

/// <summary>Statements folded from a hand-made journal; every figure below is worked out by hand in the comments.</summary>
public sealed class AccountStatementTests
{
    private static readonly AccountId Account = new("ST-1");
    private static readonly InstrumentId Spx = InstrumentId.Parse("SIM:SPX");
    private static readonly DateTime Day1 = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Day2 = Day1.AddDays(1);
    private static readonly DateTime Day3 = Day1.AddDays(2);
    private long _version;

    private IAccountEvent[] Journal() =>
    [
        new AccountOpened(Id(), Account, Day1.AddHours(9), Day1.AddHours(9), AccountType.Cash, 1m),
        Deposit("wire-1", 10_000m, Day1.AddHours(9.5)),          // cash 10,000
        Fill("t-1", OrderSide.Buy, 10m, 100m, 1m, Day1.AddHours(10)),   // 10,000 - 1,000 - 1 = 8,999; 10 SPX at a cost of 1,000
        Deposit("wire-2", 500m, Day2.AddHours(9)),               // 9,499
        Fill("t-2", OrderSide.Sell, 4m, 110m, 0.5m, Day2.AddHours(10)), // realizes 4 × 110 - 1,000 × 4/10 = 40; 9,499 + 440 - 0.5 = 9,938.5
        Fill("t-3", OrderSide.Buy, 2m, 105m, 0.25m, Day2.AddHours(11)), // 9,938.5 - 210 - 0.25 = 9,728.25; 8 SPX at 600 + 210 = 810
        Deposit("wire-3", 1_000m, Day3.AddHours(9)),             // after the period
    ];

    [Fact]
    public void A_days_statement_opens_with_the_cash_before_it_lists_its_deposits_and_fills_and_closes_with_what_they_left()
    {
        var statement = AccountStatement.Build(Account, Journal(), Day2, Day3);

        var usd = Assert.Single(statement.Balances);
        Assert.Equal(new StatementBalance("USD", Opening: 8_999m, Deposits: 500m, Bought: 210m, Sold: 440m, Fees: 0.75m, RealizedPnl: 40m, Closing: 9_728.25m), usd);
        Assert.Equal(usd.Closing, usd.Opening + usd.Deposits - usd.Bought + usd.Sold - usd.Fees);
        Assert.Equal(["deposit wire-2 500 9499", "fill t-2 440 9938.5", "fill t-3 -210 9728.25"],
            statement.Lines.Select(l => $"{l.Kind} {l.Reference} {l.Amount:0.##} {l.Balance:0.##}"));
        var sell = statement.Lines[1];
        Assert.Equal(("o-t-2", "SIM:SPX", "sell", 4m, 110m, 0.5m, "USD", 40m), (sell.OrderId, sell.Instrument, sell.Side, sell.Quantity, sell.Price, sell.Fee, sell.FeeCurrency, sell.RealizedPnl));
        Assert.Equal(0m, statement.Lines[2].RealizedPnl);
        Assert.Equal(new StatementPosition("SIM:SPX", "USD", 8m, 101.25m, 810m, 40m), Assert.Single(statement.Positions));
    }

    [Fact]
    public void The_whole_history_opens_at_nothing_and_a_period_with_no_bookings_keeps_its_opening_cash()
    {
        var all = AccountStatement.Build(Account, Journal(), DateTime.MinValue, DateTime.MaxValue);
        var quiet = AccountStatement.Build(Account, Journal(), Day2.AddHours(12), Day3);

        Assert.Equal(new StatementBalance("USD", 0m, 11_500m, 1_210m, 440m, 1.75m, 40m, 10_728.25m), Assert.Single(all.Balances));
        Assert.Equal(6, all.Lines.Count);
        Assert.Empty(quiet.Lines);
        Assert.Equal(new StatementBalance("USD", 9_728.25m, 0m, 0m, 0m, 0m, 0m, 9_728.25m), Assert.Single(quiet.Balances));
    }

    [Fact]
    public void A_period_that_ends_before_it_starts_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => AccountStatement.Build(Account, Journal(), Day3, Day2));

        Assert.Contains("is not after its start", error.Message);
    }

    private string Id() => $"{Account}#{++_version}";

    private FundsDeposited Deposit(string transfer, decimal amount, DateTime at) => new(Id(), Account, at, at, transfer, "USD", amount);

    private ExecutionBooked Fill(string trade, OrderSide side, decimal quantity, decimal price, decimal fee, DateTime at) =>
        new(Id(), Account, at, at, new Execution(new TradeId(trade), new ClientOrderId($"o-{trade}"), Account, Spx, side, quantity, price, "USD", fee, "USD",
            LiquiditySide.Taker, at.AddYears(-20)));
}
