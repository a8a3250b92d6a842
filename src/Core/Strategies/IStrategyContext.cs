using Hive.Core.Ids;
using Hive.Core.Instruments;
using Hive.Core.Accounts;
using Hive.Core.Orders;

namespace Hive.Core.Strategies;

/// <summary>
/// What a strategy can see and do. Orders get deterministic client order ids (<c>strategyId-n</c>), so a
/// replayed run submits the same ids and the cluster's idempotency makes the replay harmless.
/// </summary>
public interface IStrategyContext
{
    StrategyId StrategyId { get; }

    AccountId AccountId { get; }

    /// <summary>The host's clock (data time, not wall time), UTC.</summary>
    DateTime UtcNow { get; }

    Instrument InstrumentOf(InstrumentId id);

    /// <summary>Submits an order; the ticket says whether it was refused on the spot (bad price, no buying power).</summary>
    OrderTicket Submit(StrategyOrder order);

    /// <summary>Asks to cancel; false if the order is unknown or already finished.</summary>
    bool Cancel(ClientOrderId id);

    OrderState? GetOrder(ClientOrderId id);

    /// <summary>Hands a target to an execution algorithm: the host works it as a parent order whose children are ordinary
    /// orders of the account, and the parent's fills are booked in the account as any order's (they are not told to
    /// <see cref="IStrategy.OnFill"/>: the parent's, not the strategy's). The ticket names the parent
    /// (<see cref="StrategyExecution.ParentId"/>) or says why it was refused.</summary>
    ExecutionTicket Execute(StrategyExecution target);

    /// <summary>Where a parent this strategy handed over stands, as the host last heard; null if it is unknown.</summary>
    ExecutionProgress? GetExecution(AlgoId id);

    IReadOnlyList<OrderState> OpenOrders(InstrumentId? instrument = null);

    /// <summary>Signed position (negative = short), 0 when flat.</summary>
    decimal PositionOf(InstrumentId instrument);

    decimal CashIn(string currency);

    /// <summary>The account as booked so far (positions, cash, P&amp;L).</summary>
    AccountState Account { get; }
}
