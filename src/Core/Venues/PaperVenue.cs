using Hive.Core.Ids;
using Hive.Core.Instruments;
using Hive.Core.MarketData;
using Hive.Core.Domain;
using Hive.Core.Orders;

namespace Hive.Core.Venues;

/// <summary>
/// A named simulated venue for paper trading and backtests: orders fill against incoming bars and trade
/// ticks, not against each other. Rules (see docs/trading.md):
/// an order meets only data starting at least <see cref="FillModelSettings.Latency"/> after it was submitted;
/// market orders fill at the open, stops trigger when the bar's range reaches them and fill at the stop
/// (or at the open when the bar gaps through); limits fill when the range crosses them, at the limit or at
/// the better open; all orders together take at most <see cref="FillModelSettings.MaxVolumeShare"/> of the
/// bar's volume; takers pay slippage and taker fees, resting fills are makers. Deterministic: orders are
/// evaluated in submission order, and an order's trade ids count its own fills (<c>ORDER-1</c>, <c>ORDER-2</c>, ...),
/// so a venue that lost its book can take an order back where it stood (<see cref="Resume"/>) without reusing a trade id.
/// The venue keeps only working orders: refusing a finished order sent again is its host's job. Orders of one account
/// that would trade with each other are handled by the self-trade prevention mode (PaperVenue.SelfTrade.cs).
/// </summary>
public sealed partial class PaperVenue
{
    // One lookup per bar: the instrument, its working orders and its last price live together.
    private readonly Dictionary<InstrumentId, PaperMarket> _markets = new();
    private readonly Dictionary<ClientOrderId, PaperOrder> _byClientId = new();
    private readonly List<IOrderCommand> _updates = new();
    private readonly List<Execution> _executions = new();
    private long _nextSequence = 1;

    public PaperVenue(string name, FillModelSettings? settings = null)
    {
        if (!IdText.IsValid(name)) throw new ArgumentException($"venue name '{name}' is invalid", nameof(name));
        Name = name.ToUpperInvariant();
        Settings = settings ?? FillModelSettings.Default;
        Settings.Validate();
    }

    public string Name { get; }
    public FillModelSettings Settings { get; }

    public void AddInstrument(Instrument instrument)
    {
        if (instrument.Id.Venue != Name)
            throw new ArgumentException($"instrument {instrument.Id} does not trade on venue {Name}", nameof(instrument));
        if (!_markets.TryAdd(instrument.Id, new PaperMarket(instrument)))
            throw new ArgumentException($"instrument {instrument.Id} is already listed on {Name}", nameof(instrument));
    }

    public bool Lists(InstrumentId id) => _markets.ContainsKey(id);

    public bool TryGetInstrument(InstrumentId id, out Instrument instrument)
    {
        instrument = _markets.TryGetValue(id, out var market) ? market.Instrument : null!;
        return instrument is not null;
    }

    public decimal? LastPrice(InstrumentId id) => _markets.TryGetValue(id, out var market) ? market.LastPrice : null;

    public bool IsWorking(ClientOrderId id) => _byClientId.ContainsKey(id);

    public int WorkingCount => _byClientId.Count;

    /// <summary>Whether the order works here as <paramref name="progress"/> says its order group holds it: the same fills, terms
    /// and trigger (a trailing stop's stop price is the venue's to move).</summary>
    public bool IsWorkingAt(ClientOrderId id, WorkingOrderProgress progress) =>
        _byClientId.TryGetValue(id, out var order) && order.Filled == progress.Filled && order.Fills == progress.Fills
        && order.Quantity == progress.Quantity && order.LimitPrice == progress.LimitPrice && order.Triggered == progress.Triggered
        && (order.Request.Type == OrderType.TrailingStop || order.StopPrice == progress.StopPrice);

    public VenueOutput Submit(OrderRequest request, DateTime utcNow) => Work(request, utcNow, null);

    /// <summary>Takes back an order this venue accepted before it lost its book (a restart): with the terms, fills and
    /// trigger the order group holds, and without a second acceptance report. An order still working here is replaced by
    /// what its order group holds.</summary>
    public VenueOutput Resume(OrderRequest request, WorkingOrderProgress progress, DateTime utcNow) => Work(request, utcNow, progress);

    private VenueOutput Work(OrderRequest request, DateTime utcNow, WorkingOrderProgress? progress)
    {
        Begin();
        if (_byClientId.TryGetValue(request.ClientOrderId, out var working))
        {
            if (progress is null) return End();
            Remove(working);
        }
        if (request.InstrumentId.Venue != Name)
            return Reject(request.ClientOrderId, TradingRejections.UnknownVenue, $"order {request.ClientOrderId} is for venue {request.InstrumentId.Venue}, this is {Name}");
        if (!_markets.TryGetValue(request.InstrumentId, out var market))
            return Reject(request.ClientOrderId, TradingRejections.UnknownInstrument, $"venue {Name} does not list {request.InstrumentId}");
        var instrument = market.Instrument;
        if (progress is null && OrderValidation.Check(request, instrument, utcNow) is { } bad)
            return Reject(request.ClientOrderId, bad.Code, bad.Message);

        var (quantity, decremented) = progress is null ? PreventSelfTrade(market, request) : (request.Quantity, null);
        if (quantity == 0m) return End();

        var order = new PaperOrder(_nextSequence++, request, utcNow + Settings.Latency, instrument.Sessions.SessionDate(utcNow)) { Quantity = quantity };
        if (progress is { } p)
        {
            order.Quantity = p.Quantity;
            order.LimitPrice = p.LimitPrice;
            order.StopPrice = p.StopPrice ?? order.StopPrice;
            order.Filled = p.Filled;
            order.Fills = p.Fills;
            order.Triggered = p.Triggered;
        }
        if (request.Type == OrderType.TrailingStop && LastPrice(request.InstrumentId) is { } last)
            SetTrailingAnchor(order, last);
        _byClientId.Add(request.ClientOrderId, order);
        market.Working.Add(order);
        if (progress is null) _updates.Add(new AcceptOrder(request.ClientOrderId, new VenueOrderId($"{Name}-{order.Sequence}")));
        if (decremented is not null) _updates.Add(new DecrementOrder(request.ClientOrderId, quantity, TradingRejections.SelfTradePrevented, decremented));
        if (Settings.MarketFill == MarketFillTiming.SignalBarClose && request.Type == OrderType.Market && market.LastPrice is { } close)
            FillAtSignalClose(market, order, close, utcNow);
        return End();
    }

    public VenueOutput Cancel(ClientOrderId id, DateTime utcNow)
    {
        Begin();
        if (!_byClientId.TryGetValue(id, out var order))
            _updates.Add(new RejectCancel(id, $"order {id} is not working at venue {Name}"));
        else
        {
            Remove(order);
            _updates.Add(new ConfirmCancel(id, "cancelled on request"));
        }
        return End();
    }

    /// <summary>Changes total quantity and/or prices of a working order (the order keeps its place in the sequence).</summary>
    public VenueOutput Replace(ClientOrderId id, decimal? quantity, decimal? limitPrice, decimal? stopPrice, DateTime utcNow)
    {
        Begin();
        if (!_byClientId.TryGetValue(id, out var order))
        {
            _updates.Add(new RejectReplace(id, $"order {id} is not working at venue {Name}"));
            return End();
        }
        var instrument = _markets[order.Request.InstrumentId].Instrument;
        var newQuantity = quantity ?? order.Quantity;
        var problem = instrument.CheckQuantity(newQuantity)?.ToString()
            ?? (newQuantity <= order.Filled ? $"{TradingRejections.Overfill}: new quantity {newQuantity} must exceed the {order.Filled} filled" : null)
            ?? (limitPrice is { } l ? (order.LimitPrice is null ? $"{TradingRejections.UnexpectedPrice}: order has no limit price" : instrument.CheckPrice(l, "limit price")?.ToString()) : null)
            ?? (stopPrice is { } s ? (order.StopPrice is null || order.Request.Type == OrderType.TrailingStop ? $"{TradingRejections.UnexpectedPrice}: order has no fixed stop price" : instrument.CheckPrice(s, "stop price")?.ToString()) : null);
        if (problem is not null) _updates.Add(new RejectReplace(id, problem));
        else
        {
            order.Quantity = newQuantity;
            order.LimitPrice = limitPrice ?? order.LimitPrice;
            order.StopPrice = stopPrice ?? order.StopPrice;
            _updates.Add(new ConfirmReplace(id));
        }
        return End();
    }

    public VenueOutput OnBar(Bar bar) =>
        OnData(bar.Instrument, bar.OpenTime, bar.Open, bar.High, bar.Low, bar.Close, bar.Volume);

    /// <summary>A trade print is a one-price bar whose volume is the print's size.</summary>
    public VenueOutput OnTrade(TradeTick tick) =>
        OnData(tick.Instrument, tick.Time, tick.Price, tick.Price, tick.Price, tick.Price, tick.Size);

    private void Remove(PaperOrder order)
    {
        _byClientId.Remove(order.Request.ClientOrderId);
        _markets[order.Request.InstrumentId].Working.Remove(order);
    }

    private sealed class PaperMarket(Instrument instrument)
    {
        public Instrument Instrument { get; } = instrument;
        public List<PaperOrder> Working { get; } = new();
        public decimal? LastPrice { get; set; }
        public decimal LastVolume { get; set; }
    }

    private void Begin()
    {
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
