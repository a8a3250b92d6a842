using Hive.Core.Ids;
using Hive.Core.Instruments;
using Hive.Core.Domain;
using Hive.Core.Orders;

namespace Hive.Core.Venues;

public sealed partial class PaperVenue
{
    private readonly List<PaperOrder> _due = new();

    private VenueOutput OnData(InstrumentId id, DateTime time, decimal open, decimal high, decimal low, decimal close, decimal volume)
    {
        Begin();
        if (!_markets.TryGetValue(id, out var market)) return End();
        market.LastPrice = close;
        market.LastVolume = volume;
        var working = market.Working;
        if (working.Count == 0) return End();
        var instrument = market.Instrument;
        ExpireDue(instrument, working, time);

        // Volume 0 means the data has no volume (many forex feeds): then there is no cap to apply.
        var volumeLeft = volume > 0m ? instrument.FloorToLot(volume * Settings.MaxVolumeShare) : decimal.MaxValue;
        _due.Clear();
        foreach (var order in working)
            if (order.ActiveFrom <= time) _due.Add(order);
        foreach (var order in _due)
            volumeLeft = Evaluate(instrument, order, time, open, high, low, volume, volumeLeft);
        return End();
    }

    private void ExpireDue(Instrument instrument, List<PaperOrder> working, DateTime time)
    {
        for (var i = 0; i < working.Count; i++)
        {
            var order = working[i];
            var due = order.Request.TimeInForce switch
            {
                TimeInForce.Day => instrument.Sessions.SessionDate(time) > order.SessionDate,
                TimeInForce.Gtd => order.Request.ExpireAt <= time,
                _ => false,
            };
            if (!due) continue;
            Remove(order);
            i--;
            _updates.Add(new ExpireOrder(order.Request.ClientOrderId));
        }
    }

    private void FillAtSignalClose(PaperMarket market, PaperOrder order, decimal close, DateTime time)
    {
        var instrument = market.Instrument;
        var volumeLeft = market.LastVolume > 0m ? instrument.FloorToLot(market.LastVolume * Settings.MaxVolumeShare) : decimal.MaxValue;
        Evaluate(instrument, order, time, close, close, close, market.LastVolume, volumeLeft);
    }

    /// <summary>Fills what the bar allows of one order; returns the volume left for the orders after it.</summary>
    private decimal Evaluate(Instrument instrument, PaperOrder order, DateTime time, decimal open, decimal high, decimal low,
        decimal volume, decimal volumeLeft)
    {
        var request = order.Request;
        var isBuy = request.Side == OrderSide.Buy;
        var startPrice = open;
        if (request.Type is OrderType.Stop or OrderType.StopLimit or OrderType.TrailingStop && !order.Triggered)
        {
            if (request.Type == OrderType.TrailingStop && order.TrailingAnchor is null) SetTrailingAnchor(order, open);
            var stop = order.StopPrice!.Value;
            var hit = isBuy ? high >= stop : low <= stop;
            if (!hit)
            {
                if (request.Type == OrderType.TrailingStop) SetTrailingAnchor(order, isBuy ? low : high);
                return CancelIfImmediate(order, volumeLeft);
            }
            order.Triggered = true;
            // A bar that opens beyond the stop fills at the open: the stop price never traded.
            order.TriggerPrice = isBuy ? Math.Max(open, stop) : Math.Min(open, stop);
            startPrice = order.TriggerPrice.Value;
            _updates.Add(new TriggerOrder(request.ClientOrderId, startPrice));
        }
        else if (order.Triggered) startPrice = open;

        decimal price;
        LiquiditySide liquidity;
        if (order.LimitPrice is { } limit)
        {
            var crossed = isBuy ? low <= limit : high >= limit;
            if (!crossed) return CancelIfImmediate(order, volumeLeft);
            var marketableOnArrival = isBuy ? startPrice <= limit : startPrice >= limit;
            if (marketableOnArrival && request.PostOnly)
            {
                Remove(order);
                _updates.Add(new ConfirmCancel(request.ClientOrderId, TradingRejections.PostOnlyWouldTake));
                return volumeLeft;
            }
            price = marketableOnArrival ? startPrice : limit;
            liquidity = marketableOnArrival ? LiquiditySide.Taker : LiquiditySide.Maker;
        }
        else
        {
            price = startPrice;
            liquidity = LiquiditySide.Taker;
        }

        var quantity = Math.Min(order.Leaves, volumeLeft == decimal.MaxValue ? order.Leaves : instrument.FloorToLot(volumeLeft));
        if (request.TimeInForce == TimeInForce.Fok && quantity < order.Leaves)
        {
            Remove(order);
            _updates.Add(new ConfirmCancel(request.ClientOrderId, TradingRejections.FokNotFillable));
            return volumeLeft;
        }
        if (quantity > 0m)
        {
            if (liquidity == LiquiditySide.Taker)
            {
                var slipped = instrument.RoundToTick(Settings.Slippage.Apply(request.Side, price, quantity, volume));
                // Slippage never takes a limit order past its limit.
                price = order.LimitPrice is { } cap ? (isBuy ? Math.Min(slipped, cap) : Math.Max(slipped, cap)) : slipped;
                if (price <= 0m) price = instrument.TickSize;
            }
            Fill(instrument, order, quantity, price, liquidity, time);
            if (volumeLeft != decimal.MaxValue) volumeLeft -= quantity;
        }
        return order.Leaves > 0m ? CancelIfImmediate(order, volumeLeft) : volumeLeft;
    }

    private void Fill(Instrument instrument, PaperOrder order, decimal quantity, decimal price, LiquiditySide liquidity, DateTime time)
    {
        order.Filled += quantity;
        var request = order.Request;
        var execution = new Execution(new TradeId($"{request.ClientOrderId}-{++order.Fills}"), request.ClientOrderId, request.AccountId,
            instrument.Id, request.Side, quantity, price, instrument.QuoteCurrency,
            Settings.Fees.FeeFor(liquidity, quantity, price), instrument.QuoteCurrency, liquidity, time);
        _executions.Add(execution);
        _updates.Add(execution.ToFillOrder());
        if (order.Leaves == 0m) Remove(order);
    }

    /// <summary>IOC, FOK and market orders with IOC get one look at the market; what is left is cancelled.</summary>
    private decimal CancelIfImmediate(PaperOrder order, decimal volumeLeft)
    {
        if (order.Request.TimeInForce is TimeInForce.Ioc or TimeInForce.Fok && (order.Triggered || order.Request.Type is OrderType.Market or OrderType.Limit))
        {
            Remove(order);
            _updates.Add(new ConfirmCancel(order.Request.ClientOrderId,
                order.Filled == 0m && order.Request.Type == OrderType.Market ? TradingRejections.NoLiquidity : "immediate-or-cancel remainder"));
        }
        return volumeLeft;
    }

    private static void SetTrailingAnchor(PaperOrder order, decimal price)
    {
        var isSell = order.Request.Side == OrderSide.Sell;
        var anchor = order.TrailingAnchor is { } current ? (isSell ? Math.Max(current, price) : Math.Min(current, price)) : price;
        order.TrailingAnchor = anchor;
        var offset = order.Request.TrailingOffset!.Value;
        order.StopPrice = isSell ? anchor - offset : anchor + offset;
    }
}
