using Hive.Core.Domain;
using Hive.Core.Ids;
using Hive.Core.Instruments;
using Hive.Core.Strategies;
using Hive.Core.Accounts;
using Hive.Core.Orders;

namespace Hive.Core.Tests.Strategies;

/// <summary>Records what a strategy asks for and fills market orders instantly at a given price, so a
/// strategy's signals can be tested without any venue.</summary>
internal sealed class FakeStrategyContext(Instrument instrument, decimal cash) : IStrategyContext
{
    private long _next = 1;

    public List<StrategyOrder> Submitted { get; } = new();
    public decimal Position { get; set; }
    public decimal Cash { get; set; } = cash;
    public decimal FillPrice { get; set; }

    public StrategyId StrategyId => new("fake");
    public AccountId AccountId => new("fake-account");
    public DateTime UtcNow => DateTime.UnixEpoch;
    public AccountState Account => AccountState.Empty(AccountId);

    public Instrument InstrumentOf(InstrumentId id) => instrument;

    public OrderTicket Submit(StrategyOrder order)
    {
        Submitted.Add(order);
        var signed = order.Side.Sign() * order.Quantity;
        Position += signed;
        Cash -= signed * FillPrice;
        return new OrderTicket(new ClientOrderId($"fake-{_next++}"), null);
    }

    public bool Cancel(ClientOrderId id) => false;
    public OrderState? GetOrder(ClientOrderId id) => null;
    public ExecutionTicket Execute(StrategyExecution target) => throw new NotSupportedException("the fake context runs no algorithms");
    public ExecutionProgress? GetExecution(AlgoId id) => null;
    public IReadOnlyList<OrderState> OpenOrders(InstrumentId? instrument = null) => [];
    public decimal PositionOf(InstrumentId instrument) => Position;
    public decimal CashIn(string currency) => Cash;
}
