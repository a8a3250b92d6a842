using Hive.Core.Ids;
using Hive.Core.Instruments;

namespace Hive.Core.Trading;

/// <summary>
/// A named simulated venue (e.g. <c>SIM</c>, <c>SIMX</c>): one <see cref="MatchingEngine"/> per instrument,
/// stop and trailing-stop triggers, DAY/GTD expiry and maker/taker fees. It speaks the decimal domain
/// (requests in, order commands and executions out) and converts to ticks and lots for the book.
/// Deterministic: same inputs, same outputs, same trade ids. Several instances run side by side, one per venue name.
/// </summary>
public sealed partial class SimulatedExchange
{
    private readonly Dictionary<InstrumentId, Market> _markets = new();
    private readonly Dictionary<ClientOrderId, WorkingOrder> _byClientId = new();
    // Every client order id ever submitted: a retried submit of a finished order must not trade again.
    private readonly HashSet<ClientOrderId> _seen = new();
    private readonly Dictionary<AccountId, long> _ownerIds = new();
    private readonly List<IOrderCommand> _updates = new();
    private readonly List<Execution> _executions = new();
    private long _nextBookId = 1;
    private DateTime _now;

    public SimulatedExchange(string name, FeeSchedule? fees = null, SelfTradePrevention selfTradePrevention = SelfTradePrevention.CancelResting,
        bool enforceSessions = true)
    {
        if (!IdText.IsValid(name)) throw new ArgumentException($"venue name '{name}' is invalid", nameof(name));
        Name = name.ToUpperInvariant();
        Fees = fees ?? FeeSchedule.Free;
        SelfTradePrevention = selfTradePrevention;
        EnforceSessions = enforceSessions;
    }

    public string Name { get; }
    public FeeSchedule Fees { get; }
    public SelfTradePrevention SelfTradePrevention { get; }
    public bool EnforceSessions { get; }

    public void AddInstrument(Instrument instrument)
    {
        if (instrument.Id.Venue != Name)
            throw new ArgumentException($"instrument {instrument.Id} does not trade on venue {Name}", nameof(instrument));
        if (_markets.ContainsKey(instrument.Id))
            throw new ArgumentException($"instrument {instrument.Id} is already listed on {Name}", nameof(instrument));
        var market = new Market(this, instrument);
        _markets.Add(instrument.Id, market);
    }

    public bool Lists(InstrumentId id) => _markets.ContainsKey(id);

    /// <summary>The book of one instrument, for reading depth and best prices.</summary>
    public MatchingEngine BookOf(InstrumentId id) => _markets[id].Engine;

    public decimal? LastPrice(InstrumentId id) => _markets.TryGetValue(id, out var market) ? market.LastPrice : null;

    public bool IsWorking(ClientOrderId id) => _byClientId.ContainsKey(id);

    public VenueOutput Submit(OrderRequest request, DateTime utcNow)
    {
        Begin(utcNow);
        if (_seen.Contains(request.ClientOrderId)) return End();
        if (request.InstrumentId.Venue != Name)
            return Reject(request.ClientOrderId, TradingRejections.UnknownVenue, $"order {request.ClientOrderId} is for venue {request.InstrumentId.Venue}, this is {Name}");
        if (!_markets.TryGetValue(request.InstrumentId, out var market))
            return Reject(request.ClientOrderId, TradingRejections.UnknownInstrument, $"venue {Name} does not list {request.InstrumentId}");
        if (OrderValidation.Check(request, market.Instrument, utcNow) is { } bad)
            return Reject(request.ClientOrderId, bad.Code, bad.Message);
        if (EnforceSessions && !market.Instrument.Sessions.IsOpen(utcNow))
            return Reject(request.ClientOrderId, InstrumentRules.MarketClosed, $"{request.InstrumentId} is not trading at {utcNow:O}");

        _seen.Add(request.ClientOrderId);
        var working = new WorkingOrder(_nextBookId++, request, market.Instrument.Sessions.SessionDate(utcNow));
        _byClientId.Add(request.ClientOrderId, working);
        market.ByBookId.Add(working.BookId, working);
        if (request.Type is OrderType.Stop or OrderType.StopLimit or OrderType.TrailingStop)
        {
            _updates.Add(new AcceptOrder(request.ClientOrderId, VenueOrderIdOf(working)));
            working.TrailingAnchor = market.LastPrice;
            market.Stops.Add(working);
            market.CheckTriggers();
        }
        else
        {
            working.AwaitingAccept = true;
            market.SendToBook(working);
            market.CheckTriggers();
        }
        return End();
    }

    public VenueOutput Cancel(ClientOrderId id, DateTime utcNow)
    {
        Begin(utcNow);
        if (!_byClientId.TryGetValue(id, out var working))
        {
            _updates.Add(new RejectCancel(id, $"order {id} is not working at venue {Name}"));
            return End();
        }
        var market = _markets[working.Request.InstrumentId];
        if (working.InBook) market.Engine.Cancel(working.BookId);
        else
        {
            market.Stops.Remove(working);
            Forget(market, working);
            _updates.Add(new ConfirmCancel(id, "cancelled on request"));
        }
        return End();
    }

    /// <summary>Changes quantity (total, including what already filled) and/or prices of a working order.</summary>
    public VenueOutput Replace(ClientOrderId id, decimal? quantity, decimal? limitPrice, decimal? stopPrice, DateTime utcNow)
    {
        Begin(utcNow);
        if (!_byClientId.TryGetValue(id, out var working))
        {
            _updates.Add(new RejectReplace(id, $"order {id} is not working at venue {Name}"));
            return End();
        }
        var market = _markets[working.Request.InstrumentId];
        var instrument = market.Instrument;
        var newQuantity = quantity ?? working.Quantity;
        var problem = instrument.CheckQuantity(newQuantity)
            ?? (newQuantity <= working.Filled ? new Domain.Rejection(TradingRejections.Overfill, $"new quantity {newQuantity} must exceed the {working.Filled} filled") : null)
            ?? (limitPrice is { } l ? instrument.CheckPrice(l, "limit price") : null)
            ?? (stopPrice is { } s ? instrument.CheckPrice(s, "stop price") : null);
        if (problem is not null)
        {
            _updates.Add(new RejectReplace(id, problem.ToString()));
            return End();
        }
        working.Quantity = newQuantity;
        working.LimitPrice = limitPrice ?? working.LimitPrice;
        working.StopPrice = stopPrice ?? working.StopPrice;
        _updates.Add(new ConfirmReplace(id));
        if (working.InBook)
            market.Engine.Replace(working.BookId, market.Ticks(working.LimitPrice!.Value), market.Lots(newQuantity - working.Filled),
                Market.StyleOf(working.Request.TimeInForce));
        market.CheckTriggers();
        return End();
    }

    /// <summary>A price from outside the book (a market-data feed): moves stop and trailing-stop triggers.</summary>
    public VenueOutput OnMarketPrice(InstrumentId id, decimal price, DateTime utcNow)
    {
        Begin(utcNow);
        if (_markets.TryGetValue(id, out var market))
        {
            market.LastPrice = price;
            market.CheckTriggers();
        }
        return End();
    }

    /// <summary>Expires DAY orders from earlier sessions and GTD orders past their time.</summary>
    public VenueOutput ExpireOrders(DateTime utcNow)
    {
        Begin(utcNow);
        var expired = new List<WorkingOrder>();
        foreach (var working in _byClientId.Values)
        {
            var market = _markets[working.Request.InstrumentId];
            var due = working.Request.TimeInForce switch
            {
                TimeInForce.Day => market.Instrument.Sessions.SessionDate(utcNow) > working.SessionDate,
                TimeInForce.Gtd => working.Request.ExpireAt <= utcNow,
                _ => false,
            };
            if (due) expired.Add(working);
        }
        expired.Sort((a, b) => a.BookId.CompareTo(b.BookId));
        foreach (var working in expired)
        {
            var market = _markets[working.Request.InstrumentId];
            if (working.InBook) market.RemoveSilently(working);
            else market.Stops.Remove(working);
            Forget(market, working);
            _updates.Add(new ExpireOrder(working.ClientOrderId));
        }
        return End();
    }

    private long OwnerOf(AccountId account)
    {
        if (!_ownerIds.TryGetValue(account, out var owner))
        {
            owner = _ownerIds.Count + 1;
            _ownerIds.Add(account, owner);
        }
        return owner;
    }

    private VenueOrderId VenueOrderIdOf(WorkingOrder working) => new($"{Name}-{working.BookId}");

    private void Forget(Market market, WorkingOrder working)
    {
        _byClientId.Remove(working.ClientOrderId);
        market.ByBookId.Remove(working.BookId);
    }

    private void Begin(DateTime utcNow)
    {
        _now = utcNow;
        _updates.Clear();
        _executions.Clear();
    }

    private VenueOutput End() =>
        _updates.Count == 0 && _executions.Count == 0 ? VenueOutput.Empty : new VenueOutput(_updates.ToArray(), _executions.ToArray());

    private VenueOutput Reject(ClientOrderId id, string code, string reason)
    {
        _updates.Add(new RejectOrder(id, code, reason));
        return End();
    }
}
