using Hive.Core.Algos;
using Hive.Core.Algos.Instances;
using Hive.Core.Domain;
using Hive.Core.Ids;
using Hive.Core.Instruments;
using Hive.Core.MarketData;
using Hive.Core.Accounts;
using Hive.Core.Orders;
using Hive.Core.Venues;
using Hive.Core.Risk;

namespace Hive.Core.Strategies;

/// <summary>
/// Runs one strategy for one account against one or more <see cref="PaperVenue"/>s, synchronously and
/// deterministically, through the very aggregates the cluster persists: every order is an
/// <see cref="OrderState"/>, the account an <see cref="AccountState"/>, each advanced only by Decide/Apply.
/// Feed it data in time order with <see cref="OnBar"/> / <see cref="OnTrade"/>.
/// Sequence per bar: the venue fills working orders against the bar (so orders placed on the previous bar
/// fill at this bar's open), fills are booked and reported, then the strategy sees the bar at its close, then the parents it
/// handed to algorithms (<see cref="Execute"/>) do: each is a <see cref="ParentOrderStrategy"/> whose children are orders
/// of this host like the strategy's own, numbered <c>{algo id}-{n}</c> and owned by <c>algo.{algo id}</c> as in the
/// cluster, so a parent handed over at a bar's close sends its first slice at once and it meets the next bar. VWAP and
/// implementation shortfall learn from the market history the host is given (the backtest's own bars): only from the bars
/// of the instrument it has been fed up to the hand-over, never from one after.
/// </summary>
public sealed class PaperTradingHost : IStrategyContext
{
    private readonly IStrategy _strategy;
    private readonly Dictionary<string, PaperVenue> _venues = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<ClientOrderId, OrderState> _orders = new();
    private readonly List<ClientOrderId> _orderSequence = new();
    // Open orders in submission order, kept apart so strategies can ask every bar without scanning history.
    private readonly List<ClientOrderId> _open = new();
    private readonly List<Execution> _fills = new();
    private readonly List<Rejection> _anomalies = new();
    private readonly List<(ParentOrderStrategy Parent, ParentContext Context)> _parents = new();
    // Children of the parents: booked like any order, but their fills and events are the parent's, not the strategy's.
    private readonly HashSet<ClientOrderId> _children = new();
    // The bars the host is fed, by instrument, and the open time of the last one fed: what VWAP and IS learn from.
    private readonly Dictionary<InstrumentId, FedSeries> _history = new();
    private long _nextOrder = 1;
    private bool _started;

    /// <param name="history">The bar series the host will be fed (one per instrument), for the algorithms that learn from
    /// the market before start; without it VWAP and implementation shortfall are refused.</param>
    public PaperTradingHost(IStrategy strategy, StrategyId strategyId, AccountState account, IEnumerable<PaperVenue> venues,
        decimal reserveFeeRate = 0m, IEnumerable<BarSeries>? history = null)
    {
        _strategy = strategy;
        StrategyId = strategyId;
        Account = account.IsOpen ? account : throw new ArgumentException($"account {account.AccountId} must be open", nameof(account));
        ReserveFeeRate = reserveFeeRate;
        foreach (var venue in venues) _venues.Add(venue.Name, venue);
        foreach (var series in history ?? []) _history.Add(series.Instrument, new FedSeries(series));
    }

    public StrategyId StrategyId { get; }
    public AccountId AccountId => Account.AccountId;
    public AccountState Account { get; private set; }
    public DateTime UtcNow { get; private set; }
    /// <summary>Fee rate padded onto buying-power holds so the fee is covered.</summary>
    public decimal ReserveFeeRate { get; }

    /// <summary>Every fill booked, in order.</summary>
    public IReadOnlyList<Execution> Fills => _fills;

    /// <summary>Venue reports the order state machine refused. Empty in a healthy run; tests assert it.</summary>
    public IReadOnlyList<Rejection> Anomalies => _anomalies;

    /// <summary>Every order ever submitted, in submission order.</summary>
    public IEnumerable<OrderState> Orders => _orderSequence.Select(id => _orders[id]);

    public void OnBar(Bar bar)
    {
        Start(bar.OpenTime);
        UtcNow = bar.OpenTime;
        if (_venues.TryGetValue(bar.Instrument.Venue, out var venue)) Process(venue.OnBar(bar));
        if (_history.Count > 0 && _history.TryGetValue(bar.Instrument, out var fed) && bar.Interval == fed.Series.Interval) fed.LastOpen = bar.OpenTime;
        UtcNow = bar.CloseTime;
        _strategy.OnBar(this, bar);
        foreach (var (parent, context) in _parents)
            if (!parent.Parent.IsFinished || !parent.Parent.Open.IsEmpty) parent.OnBar(context, bar);
    }

    public void OnTrade(TradeTick tick)
    {
        Start(tick.Time);
        UtcNow = tick.Time;
        if (_venues.TryGetValue(tick.Instrument.Venue, out var venue)) Process(venue.OnTrade(tick));
        _strategy.OnTrade(this, tick);
    }

    /// <summary>The strategy stops, then every parent ends its window (working children withdrawn).</summary>
    public void Stop()
    {
        _strategy.OnStop(this);
        foreach (var (parent, context) in _parents) parent.OnStop(context);
    }

    public Instrument InstrumentOf(InstrumentId id) =>
        _venues.TryGetValue(id.Venue, out var venue) && venue.TryGetInstrument(id, out var instrument)
            ? instrument
            : throw new ArgumentException($"no paper venue lists {id}", nameof(id));

    public OrderTicket Submit(StrategyOrder order) => Place(order, new ClientOrderId($"{StrategyId}-{_nextOrder++}"), StrategyId);

    public ExecutionTicket Execute(StrategyExecution target)
    {
        // The number is taken only by a parent that is accepted, as the cluster's strategy entity takes it.
        var id = StrategyExecution.ParentId(StrategyId, _parents.Count + 1);
        if (!_venues.TryGetValue(target.InstrumentId.Venue, out var venue) || !venue.TryGetInstrument(target.InstrumentId, out var instrument))
            return new ExecutionTicket(id, new Rejection(TradingRejections.UnknownInstrument, $"no paper venue lists {target.InstrumentId}"));
        if (venue.LastPrice(target.InstrumentId) is not { } arrival)
            return new ExecutionTicket(id, new Rejection(StrategyExecution.NoMarketPrice, $"instrument {target.InstrumentId} has no last price yet, so the parent has no arrival price"));
        ParentOrder planned;
        try
        {
            planned = target.Plan(id, instrument, UtcNow, arrival, Learn(target.Parse(instrument, UtcNow), instrument));
            planned.Parameters.CheckOneVenue("a backtest");
        }
        catch (ArgumentException e)
        {
            return new ExecutionTicket(id, new Rejection(StrategyExecution.InvalidParameter, e.Message));
        }
        _parents.Add((new ParentOrderStrategy(planned), new ParentContext(this, id)));
        return new ExecutionTicket(id, null);
    }

    /// <summary>What the parent learns from the bars of its instrument fed so far (nothing for the algorithms that learn nothing).</summary>
    private ScheduleBasis Learn(ExecutionParameters parameters, Instrument instrument)
    {
        if (!ExecutionPlanner.Learns(parameters.Algorithm)) return ScheduleBasis.None;
        var fed = _history.GetValueOrDefault(instrument.Id);
        var known = fed?.LastOpen is { } last ? fed.Series.LowerBound(BarSeries.ToUnixMs(last) + 1) : 0;
        return (fed is null ? null : ExecutionHistory.Learn(parameters, instrument, fed.Series, known))
               ?? throw new ArgumentException(ExecutionHistory.Missing(parameters, instrument.Id, "the backtest's data"));
    }

    public ExecutionProgress? GetExecution(AlgoId id)
    {
        foreach (var (parent, _) in _parents)
            if (parent.Parent.Id == id.Value) return ExecutionProgress.Of(parent.Parent);
        return null;
    }

    /// <summary>Every parent handed to an algorithm, in the order they were handed over.</summary>
    public IEnumerable<ParentOrder> Parents => _parents.Select(p => p.Parent.Parent);

    private OrderTicket Place(StrategyOrder order, ClientOrderId id, StrategyId owner)
    {
        var request = order.ToRequest(id, AccountId, owner);
        if (!_venues.TryGetValue(order.InstrumentId.Venue, out var venue) || !venue.TryGetInstrument(order.InstrumentId, out var instrument))
            return new OrderTicket(id, new Rejection(TradingRejections.UnknownInstrument, $"no paper venue lists {order.InstrumentId}"));

        var state = OrderState.Empty(id);
        var submitted = state.Decide(new SubmitOrder(request, instrument), UtcNow);
        if (submitted.Rejection is { } refused) return new OrderTicket(id, refused);
        _orders[id] = Fold(state, submitted);
        _orderSequence.Add(id);
        if (owner == StrategyId) _open.Add(id);
        else _children.Add(id);

        var reference = request.LimitPrice ?? request.StopPrice ?? venue.LastPrice(request.InstrumentId) ?? 0m;
        var reserved = Account.Decide(new ReserveBuyingPower(request, instrument.QuoteCurrency, reference, ReserveFeeRate), UtcNow);
        if (reserved.Rejection is { } noFunds)
        {
            // Our own risk denies (the order ends Denied, as in the cluster); the ledger's buying power rejects.
            UpdateOrder(RiskDenials.Denies(noFunds.Code) ? new DenyOrder(id, noFunds.Code, noFunds.Message) : (IOrderCommand)new RejectOrder(id, noFunds.Code, noFunds.Message));
            return new OrderTicket(id, noFunds);
        }
        Account = Fold(Account, reserved);
        Process(venue.Submit(request, UtcNow));
        return new OrderTicket(id, null);
    }

    public bool Cancel(ClientOrderId id)
    {
        if (!_orders.TryGetValue(id, out var order) || !order.IsOpen) return false;
        if (!UpdateOrder(new CancelOrder(id))) return false;
        Process(_venues[order.Request!.InstrumentId.Venue].Cancel(id, UtcNow));
        return true;
    }

    public OrderState? GetOrder(ClientOrderId id) => _orders.GetValueOrDefault(id);

    public IReadOnlyList<OrderState> OpenOrders(InstrumentId? instrument = null)
    {
        if (_open.Count == 0) return [];
        var open = new List<OrderState>(_open.Count);
        foreach (var id in _open)
        {
            var order = _orders[id];
            if (instrument is null || order.Request!.InstrumentId == instrument) open.Add(order);
        }
        return open;
    }

    public decimal PositionOf(InstrumentId instrument) => Account.PositionIn(instrument);

    public decimal CashIn(string currency) => Account.CashIn(currency);

    private void Start(DateTime time)
    {
        if (_started) return;
        _started = true;
        UtcNow = time;
        _strategy.OnStart(this);
    }

    private void Process(VenueOutput output)
    {
        foreach (var update in output.OrderUpdates)
        {
            UpdateOrder(update);
            if (update is FillOrder fill)
            {
                var execution = FindExecution(output, fill.TradeId);
                var booked = Account.Decide(new BookExecution(execution, _orders[fill.ClientOrderId].AppliedTrades.Count), UtcNow);
                if (booked.Rejection is { } bad) { _anomalies.Add(bad); continue; }
                Account = Fold(Account, booked);
                _fills.Add(execution);
                if (!_children.Contains(fill.ClientOrderId)) _strategy.OnFill(this, execution);
            }
            if (_orders.TryGetValue(update.ClientOrderId, out var order) && order.IsTerminal
                && Account.Reservations.ContainsKey(update.ClientOrderId))
                Account = Fold(Account, Account.Decide(new ReleaseReservation(AccountId, update.ClientOrderId, order.Status.ToString()), UtcNow));
        }
    }

    private bool UpdateOrder(IOrderCommand command)
    {
        if (!_orders.TryGetValue(command.ClientOrderId, out var order))
        {
            _anomalies.Add(new Rejection(TradingRejections.UnknownOrder, $"venue reported {command.GetType().Name} for unknown order {command.ClientOrderId}"));
            return false;
        }
        var decision = order.Decide(command, UtcNow);
        if (decision.Rejection is { } bad)
        {
            _anomalies.Add(bad);
            return false;
        }
        var updated = Fold(order, decision);
        _orders[command.ClientOrderId] = updated;
        if (updated.IsTerminal) _open.Remove(command.ClientOrderId);
        if (!_children.Contains(command.ClientOrderId))
            foreach (var e in decision.Events) _strategy.OnOrderEvent(this, e);
        return true;
    }

    /// <summary>What a hosted parent acts through: the host, with its children numbered and owned as the cluster's.</summary>
    private sealed class ParentContext(PaperTradingHost host, AlgoId algo) : IStrategyContext
    {
        private int _children;

        public StrategyId StrategyId { get; } = AlgoOwner.Of(algo);
        public AccountId AccountId => host.AccountId;
        public DateTime UtcNow => host.UtcNow;
        public AccountState Account => host.Account;

        public Instrument InstrumentOf(InstrumentId id) => host.InstrumentOf(id);

        public OrderTicket Submit(StrategyOrder order) => host.Place(order, new ClientOrderId(ParentOrder.ChildIdOf(algo.Value, ++_children)), StrategyId);

        public bool Cancel(ClientOrderId id) => host.Cancel(id);

        public OrderState? GetOrder(ClientOrderId id) => host.GetOrder(id);

        public IReadOnlyList<OrderState> OpenOrders(InstrumentId? instrument = null) => host.OpenOrders(instrument);

        public ExecutionTicket Execute(StrategyExecution target) =>
            new(algo, new Rejection(StrategyExecution.InvalidParameter, $"a parent order ({algo}) cannot hand a target to another algorithm"));

        public ExecutionProgress? GetExecution(AlgoId id) => host.GetExecution(id);

        public decimal PositionOf(InstrumentId instrument) => host.PositionOf(instrument);

        public decimal CashIn(string currency) => host.CashIn(currency);
    }

    private sealed class FedSeries(BarSeries series)
    {
        public BarSeries Series { get; } = series;
        public DateTime? LastOpen { get; set; }
    }

    private static Execution FindExecution(VenueOutput output, TradeId id)
    {
        foreach (var e in output.Executions)
            if (e.TradeId == id) return e;
        throw new InvalidOperationException($"venue reported a fill for trade {id} without its execution");
    }

    private static OrderState Fold(OrderState state, Decision<IOrderEvent> decision)
    {
        foreach (var e in decision.Events) state = state.Apply(e);
        return state;
    }

    private static AccountState Fold(AccountState state, Decision<IAccountEvent> decision)
    {
        foreach (var e in decision.Events) state = state.Apply(e);
        return state;
    }
}
