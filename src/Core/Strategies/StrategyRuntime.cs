using Hive.Core.Algos;
using Hive.Core.Domain;
using Hive.Core.Ids;
using Hive.Core.Instruments;
using Hive.Core.MarketData;
using Hive.Core.Accounts;
using Hive.Core.Orders;

namespace Hive.Core.Strategies;

/// <summary>
/// The <see cref="IStrategyContext"/> a strategy entity gives its strategy in the cluster. Submits and cancels go
/// out through the host's callbacks (which persist and send them); what the strategy reads is a local view kept
/// current by the order groups' updates and the account's compact view (<see cref="AccountState.ForStrategy"/>). An order
/// tells its strategy each fill once it is booked, with the account version that booked it, so the view is the account as
/// last reported plus exactly the strategy's fills booked after that version: never a fill twice, never a position that
/// lags a fill the strategy was told of. A target handed to an algorithm goes out through the host's callback too; where
/// each parent stands is what its entity last answered (<see cref="OnExecutionProgress"/>).
/// </summary>
public sealed class StrategyRuntime : IStrategyContext
{
    private readonly IStrategy _strategy;
    private readonly InstrumentCatalog _catalog;
    private readonly Func<StrategyOrder, decimal, OrderTicket> _submit;
    private readonly Func<ClientOrderId, bool> _cancel;
    private readonly Func<StrategyExecution, decimal, ExecutionTicket> _execute;
    private readonly Dictionary<AlgoId, ExecutionProgress> _executions = new();
    private readonly Dictionary<ClientOrderId, OrderState> _orders = new();
    // Fills told by the orders, with the account version that booked each, until a view of the account includes them.
    private readonly Dictionary<TradeId, (Execution Fill, long BookedAt)> _fills = new();
    private AccountState _reported;
    private readonly Dictionary<InstrumentId, decimal> _lastClose = new();
    // Fills of each open order already reported to the strategy (an update carries all of the order's booked fills).
    private readonly Dictionary<ClientOrderId, int> _orderFills = new();
    private bool _started;

    public StrategyRuntime(StrategyId strategyId, AccountId accountId, IStrategy strategy, InstrumentCatalog catalog,
        Func<StrategyOrder, decimal, OrderTicket> submit, Func<ClientOrderId, bool> cancel, Func<StrategyExecution, decimal, ExecutionTicket> execute)
    {
        StrategyId = strategyId;
        _strategy = strategy;
        _catalog = catalog;
        _submit = submit;
        _cancel = cancel;
        _execute = execute;
        Account = _reported = AccountState.Empty(accountId);
    }

    public StrategyId StrategyId { get; }
    public AccountId AccountId => Account.AccountId;
    public AccountState Account { get; private set; }
    public DateTime UtcNow { get; private set; }
    public long BarsSeen { get; private set; }

    public void OnBar(Bar bar)
    {
        UtcNow = bar.CloseTime;
        if (!_started)
        {
            _started = true;
            _strategy.OnStart(this);
        }
        BarsSeen++;
        _lastClose[bar.Instrument] = bar.Close;
        _strategy.OnBar(this, bar);
    }

    public void Stop()
    {
        if (_started) _strategy.OnStop(this);
    }

    /// <summary>An order the strategy issued: open (as New) until its order group says otherwise.</summary>
    public void Track(OrderRequest request)
    {
        if (_orders.ContainsKey(request.ClientOrderId)) return;
        _orders[request.ClientOrderId] = OrderState.Empty(request.ClientOrderId) with
        {
            Request = request, Status = OrderStatus.New, Quantity = request.Quantity,
            LimitPrice = request.LimitPrice, StopPrice = request.StopPrice,
        };
    }

    /// <summary>Takes the order's state if it is newer than the one held and reports fills not seen before.</summary>
    public void OnOrderUpdate(OrderState order, IReadOnlyList<Execution> fills, IReadOnlyList<long> bookedAt)
    {
        // An order it does not track is one the host closed and forgot (every order is tracked before it is sent): a late
        // copy of its last update must not tell the strategy its fills again.
        if (!_orders.TryGetValue(order.ClientOrderId, out var held) || held.Version >= order.Version) return;
        _orders[order.ClientOrderId] = order;
        var known = _orderFills.GetValueOrDefault(order.ClientOrderId);
        for (var k = known; k < fills.Count; k++)
        {
            var fill = fills[k];
            var version = k < bookedAt.Count ? bookedAt[k] : long.MaxValue;
            if (version > _reported.Version)
            {
                _fills[fill.TradeId] = (fill, version);
                Account = WithFill(Account, fill);
            }
            _strategy.OnFill(this, fill);
        }
        if (fills.Count > known) _orderFills[order.ClientOrderId] = fills.Count;
        if (order.IsTerminal) _orderFills.Remove(order.ClientOrderId);
    }

    /// <summary>The order group refused the order outright (bad price, unknown instrument...).</summary>
    public void OnOrderRefused(ClientOrderId id, Rejection rejection)
    {
        if (_orders.TryGetValue(id, out var held) && held.Status == OrderStatus.New && held.Version == 0)
            _orders[id] = held with { Status = OrderStatus.Rejected, RejectionCode = rejection.Code };
    }

    /// <summary>The account's compact view as its entity reported it, plus the strategy's fills booked after that version.</summary>
    public void OnAccount(AccountState account)
    {
        // Answers can overtake each other; an older report than one already taken would roll the view back.
        if (account.AccountId != AccountId || account.Version < _reported.Version) return;
        _reported = account;
        foreach (var (trade, (_, bookedAt)) in _fills.ToList())
            if (bookedAt <= account.Version) _fills.Remove(trade);
        foreach (var (fill, _) in _fills.Values) account = WithFill(account, fill);
        Account = account;
    }

    /// <summary>Orders known to be finished, which the host may stop tracking (and drop from its open orders).</summary>
    public IReadOnlyList<ClientOrderId> Finished() => _orders.Values.Where(o => o.IsTerminal).Select(o => o.ClientOrderId).ToList();

    /// <summary>Forgets finished orders the host has recorded as closed.</summary>
    public void Forget(IEnumerable<ClientOrderId> closed)
    {
        foreach (var id in closed) _orders.Remove(id);
    }

    public Instrument InstrumentOf(InstrumentId id) =>
        _catalog.TryGet(id, out var instrument) ? instrument : throw new ArgumentException($"instrument {id} is not listed on this cluster", nameof(id));

    public OrderTicket Submit(StrategyOrder order)
    {
        var reference = order.LimitPrice ?? order.StopPrice ?? _lastClose.GetValueOrDefault(order.InstrumentId);
        return _submit(order, reference);
    }

    public bool Cancel(ClientOrderId id) => _orders.TryGetValue(id, out var order) && order.IsOpen && _cancel(id);

    public OrderState? GetOrder(ClientOrderId id) => _orders.GetValueOrDefault(id);

    /// <summary>Goes out through the host with the instrument's last close as the arrival price (0: none seen yet).</summary>
    public ExecutionTicket Execute(StrategyExecution target) => _execute(target, _lastClose.GetValueOrDefault(target.InstrumentId));

    public ExecutionProgress? GetExecution(AlgoId id) => _executions.GetValueOrDefault(id);

    /// <summary>A parent the strategy handed over: working, nothing filled, until its entity answers otherwise.</summary>
    public void TrackExecution(AlgoId id, decimal quantity) => _executions.TryAdd(id, new ExecutionProgress(id, ParentStatus.Working, 0m, quantity));

    /// <summary>Where a tracked parent stands, as its entity answered.</summary>
    public void OnExecutionProgress(ExecutionProgress progress)
    {
        if (_executions.ContainsKey(progress.AlgoId)) _executions[progress.AlgoId] = progress;
    }

    public IReadOnlyList<OrderState> OpenOrders(InstrumentId? instrument = null) =>
        _orders.Values.Where(o => o.IsOpen && (instrument is null || o.Request!.InstrumentId == instrument)).ToList();

    public decimal PositionOf(InstrumentId instrument) => Account.PositionIn(instrument);

    public decimal CashIn(string currency) => Account.CashIn(currency);

    private static AccountState WithFill(AccountState account, Execution fill) =>
        account.Apply(new ExecutionBooked($"{account.AccountId}#view", account.AccountId, fill.ExecutedAt, fill.ExecutedAt, fill));
}
