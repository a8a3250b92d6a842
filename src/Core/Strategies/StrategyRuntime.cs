using Hive.Core.Domain;
using Hive.Core.Ids;
using Hive.Core.Instruments;
using Hive.Core.MarketData;
using Hive.Core.Trading;

namespace Hive.Core.Strategies;

/// <summary>
/// The <see cref="IStrategyContext"/> a strategy entity gives its strategy in the cluster. Submits and cancels go
/// out through the host's callbacks (which persist and send them); what the strategy reads is a local view kept
/// current by the order entities' updates and the account's state. Fills are folded into the account view as soon
/// as the order reports them, so a strategy never sees a position that lags its own fills, even when the account
/// answers later.
/// </summary>
public sealed class StrategyRuntime : IStrategyContext
{
    private readonly IStrategy _strategy;
    private readonly InstrumentCatalog _catalog;
    private readonly Func<StrategyOrder, decimal, OrderTicket> _submit;
    private readonly Func<ClientOrderId, bool> _cancel;
    private readonly Dictionary<ClientOrderId, OrderState> _orders = new();
    private readonly Dictionary<TradeId, Execution> _fills = new();
    private readonly Dictionary<InstrumentId, decimal> _lastClose = new();
    private bool _started;
    private long _accountVersion;

    public StrategyRuntime(StrategyId strategyId, AccountId accountId, IStrategy strategy, InstrumentCatalog catalog,
        Func<StrategyOrder, decimal, OrderTicket> submit, Func<ClientOrderId, bool> cancel)
    {
        StrategyId = strategyId;
        _strategy = strategy;
        _catalog = catalog;
        _submit = submit;
        _cancel = cancel;
        Account = AccountState.Empty(accountId);
    }

    public StrategyId StrategyId { get; }
    public AccountId AccountId => Account.AccountId;
    public AccountState Account { get; private set; }
    public DateTime UtcNow { get; private set; }
    public long BarsSeen { get; private set; }

    /// <summary>A bar, after the fills it caused (as in the backtester: the venue fills working orders at the bar, the
    /// strategy learns of its fills, then sees the bar at its close).</summary>
    public void OnBar(Bar bar, IReadOnlyList<Execution>? fills = null)
    {
        UtcNow = bar.OpenTime;
        foreach (var fill in fills ?? []) OnFillReported(fill);
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

    /// <summary>An order the strategy issued: open (as New) until its order entity says otherwise.</summary>
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
    public void OnOrderUpdate(OrderState order, IReadOnlyList<Execution> fills)
    {
        if (_orders.TryGetValue(order.ClientOrderId, out var held) && held.Version >= order.Version) return;
        _orders[order.ClientOrderId] = order;
        foreach (var fill in fills)
        {
            if (!_fills.TryAdd(fill.TradeId, fill)) continue;
            // The account entity may have reported the fill before the order did.
            if (!Account.AppliedTrades.Contains(fill.TradeId)) Account = WithFill(Account, fill);
            _strategy.OnFill(this, fill);
        }
    }

    /// <summary>A fill of one of this strategy's orders, reported with the bar that caused it: folded into the order and
    /// account views at once; the order entity's update that follows agrees and is taken when newer.</summary>
    private void OnFillReported(Execution fill)
    {
        if (!_orders.TryGetValue(fill.ClientOrderId, out var order) || !_fills.TryAdd(fill.TradeId, fill)) return;
        var decision = order.Decide(fill.ToFillOrder(), UtcNow);
        foreach (var e in decision.Events) order = order.Apply(e);
        _orders[fill.ClientOrderId] = order;
        if (!Account.AppliedTrades.Contains(fill.TradeId)) Account = WithFill(Account, fill);
        _strategy.OnFill(this, fill);
    }

    /// <summary>The order entity refused the order outright (bad price, unknown instrument...).</summary>
    public void OnOrderRefused(ClientOrderId id, Rejection rejection)
    {
        if (_orders.TryGetValue(id, out var held) && held.Status == OrderStatus.New && held.Version == 0)
            _orders[id] = held with { Status = OrderStatus.Rejected, RejectionCode = rejection.Code };
    }

    /// <summary>The account as its entity last reported it, plus any fill it had not booked yet.</summary>
    public void OnAccount(AccountState account)
    {
        // Answers can overtake each other; an older report than one already taken would roll the view back.
        if (account.AccountId != AccountId || account.Version < _accountVersion) return;
        _accountVersion = account.Version;
        foreach (var fill in _fills.Values)
            if (!account.AppliedTrades.Contains(fill.TradeId)) account = WithFill(account, fill);
        Account = account;
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

    public IReadOnlyList<OrderState> OpenOrders(InstrumentId? instrument = null) =>
        _orders.Values.Where(o => o.IsOpen && (instrument is null || o.Request!.InstrumentId == instrument)).ToList();

    public decimal PositionOf(InstrumentId instrument) => Account.PositionIn(instrument);

    public decimal CashIn(string currency) => Account.CashIn(currency);

    private static AccountState WithFill(AccountState account, Execution fill) =>
        account.Apply(new ExecutionBooked($"{account.AccountId}#view", account.AccountId, fill.ExecutedAt, fill.ExecutedAt, fill));
}
