using Hive.Core.Risk;
using Hive.Core.Ids;
using Hive.Core.Instruments;
using Hive.Core.Accounts;
using Hive.Core.Orders;

namespace Hive.Core.Tests.Support;

internal static class TestData
{
    public static readonly Instrument Spx = Instrument.Stock("SIM", "SPX");
    public static readonly Instrument Btc = Instrument.Crypto("SIMX", "BTC", "USDT");
    public static readonly AccountId Account = new("acc-1");
    /// <summary>A Wednesday at 15:00 UTC: US equities are open (10:00 New York).</summary>
    public static readonly DateTime Now = new(2024, 3, 6, 15, 0, 0, DateTimeKind.Utc);

    public static OrderRequest Limit(string id, OrderSide side, decimal quantity, decimal price, Instrument? instrument = null,
        TimeInForce tif = TimeInForce.Gtc, AccountId? account = null) =>
        OrderRequest.Limit(new ClientOrderId(id), account ?? Account, (instrument ?? Spx).Id, side, quantity, price, tif);

    public static OrderRequest Market(string id, OrderSide side, decimal quantity, Instrument? instrument = null, AccountId? account = null) =>
        OrderRequest.Market(new ClientOrderId(id), account ?? Account, (instrument ?? Spx).Id, side, quantity);

    public static OrderState Fold(OrderState state, IEnumerable<IOrderEvent> events)
    {
        foreach (var e in events) state = state.Apply(e);
        return state;
    }

    public static AccountState Fold(AccountState state, IEnumerable<IAccountEvent> events)
    {
        foreach (var e in events) state = state.Apply(e);
        return state;
    }

    /// <summary>Decides and applies, failing the test on a rejection.</summary>
    public static OrderState Do(this OrderState state, IOrderCommand command, DateTime? at = null)
    {
        var decision = state.Decide(command, at ?? Now);
        Assert.False(decision.IsRejected, decision.Rejection?.ToString());
        return Fold(state, decision.Events);
    }

    public static AccountState Do(this AccountState state, IAccountCommand command, DateTime? at = null)
    {
        var decision = state.Decide(command, at ?? Now);
        Assert.False(decision.IsRejected, decision.Rejection?.ToString());
        return Fold(state, decision.Events);
    }

    public static AccountState OpenAccount(AccountType type, decimal cash, decimal leverage = 1m) =>
        AccountState.Empty(Account)
            .Do(new OpenAccount(Account, type, leverage))
            .Do(new DepositFunds(Account, "initial", "USD", cash));

    /// <summary>The account without pre-trade limits: for ledger tests that send thousands of orders at one instant (the
    /// order rate would stop them), not for risk tests.</summary>
    public static AccountState Unlimited(this AccountState account) => account.Do(new SetRiskLimits(Account, RiskLimits.None));

    /// <summary>A fill booked outside the order flow (fill number 0): no hold, no dedupe; what ledger tests need.</summary>
    public static BookExecution Direct(Execution fill) => new(fill, 0);

    public static Execution Fill(string tradeId, string orderId, OrderSide side, decimal quantity, decimal price, decimal fee = 0m,
        Instrument? instrument = null) =>
        new(new TradeId(tradeId), new ClientOrderId(orderId), Account, (instrument ?? Spx).Id, side, quantity, price,
            (instrument ?? Spx).QuoteCurrency, fee, (instrument ?? Spx).QuoteCurrency, LiquiditySide.Taker, Now);
}
