using Hive.Core.Ids;
using Hive.Core.Instruments;

namespace Hive.Core.Trading;

public sealed partial class SimulatedExchange
{
    /// <summary>One instrument at this venue: its book, its waiting stops and its last trade price.
    /// It listens to its own engine and turns book events into order commands and executions.</summary>
    private sealed class Market : IMatchListener
    {
        // Triggered orders can trade and move the price, which can trigger more; bounded so a pathological
        // chain cannot spin forever (each pass triggers at least one order, so this is never the real limit).
        private const int MaxTriggerPasses = 10_000;
        private readonly SimulatedExchange _venue;

        public Market(SimulatedExchange venue, Instrument instrument)
        {
            _venue = venue;
            Instrument = instrument;
            Engine = new MatchingEngine(this, venue.SelfTradePrevention);
        }

        public Instrument Instrument { get; }
        public MatchingEngine Engine { get; }
        public Dictionary<long, WorkingOrder> ByBookId { get; } = new();
        public List<WorkingOrder> Stops { get; } = new();
        public decimal? LastPrice { get; set; }

        public long Ticks(decimal price) => (long)(price / Instrument.TickSize);
        public long Lots(decimal quantity) => (long)(quantity / Instrument.LotSize);

        public static BookOrderStyle StyleOf(TimeInForce tif) => tif switch
        {
            TimeInForce.Ioc => BookOrderStyle.Ioc,
            TimeInForce.Fok => BookOrderStyle.Fok,
            _ => BookOrderStyle.Gtc,
        };

        public void SendToBook(WorkingOrder working)
        {
            var request = working.Request;
            var isMarket = request.Type is OrderType.Market or OrderType.Stop or OrderType.TrailingStop;
            working.InBook = true;
            Engine.Submit(new BookOrder(working.BookId, _venue.OwnerOf(request.AccountId), request.Side,
                isMarket ? 0 : Ticks(working.LimitPrice!.Value), Lots(working.Quantity - working.Filled),
                isMarket ? BookOrderStyle.Ioc : StyleOf(request.TimeInForce), isMarket, request.PostOnly));
            if (working.AwaitingAccept) Accept(working);
        }

        public void RemoveSilently(WorkingOrder working)
        {
            // Expiry is reported as ExpireOrder, not as a cancel: swallow the engine's cancel callback.
            working.InBook = false;
            Engine.Cancel(working.BookId);
        }

        public void CheckTriggers()
        {
            for (var pass = 0; pass < MaxTriggerPasses && LastPrice is { } last; pass++)
            {
                WorkingOrder? hit = null;
                foreach (var stop in Stops)
                {
                    if (stop.Request.Type == OrderType.TrailingStop) UpdateTrailingStop(stop, last);
                    if (stop.StopPrice is { } trigger && (stop.Request.Side == OrderSide.Buy ? last >= trigger : last <= trigger))
                    {
                        hit = stop;
                        break;
                    }
                }
                if (hit is null) return;
                Stops.Remove(hit);
                hit.Triggered = true;
                _venue._updates.Add(new TriggerOrder(hit.ClientOrderId, last));
                SendToBook(hit);
            }
        }

        private void UpdateTrailingStop(WorkingOrder stop, decimal last)
        {
            var offset = stop.Request.TrailingOffset!.Value;
            var isSell = stop.Request.Side == OrderSide.Sell;
            var anchor = stop.TrailingAnchor ?? last;
            anchor = isSell ? Math.Max(anchor, last) : Math.Min(anchor, last);
            stop.TrailingAnchor = anchor;
            stop.StopPrice = isSell ? anchor - offset : anchor + offset;
        }

        private void Accept(WorkingOrder working)
        {
            if (!working.AwaitingAccept) return;
            working.AwaitingAccept = false;
            _venue._updates.Add(new AcceptOrder(working.ClientOrderId, _venue.VenueOrderIdOf(working)));
        }

        public void OnTrade(long tradeId, long takerOrderId, long takerOwnerId, long makerOrderId, long makerOwnerId,
            OrderSide takerSide, long priceTicks, long quantityLots, long makerRemainingLots, long takerRemainingLots)
        {
            var taker = ByBookId[takerOrderId];
            var maker = ByBookId[makerOrderId];
            Accept(taker);
            var price = priceTicks * Instrument.TickSize;
            var quantity = quantityLots * Instrument.LotSize;
            var id = new TradeId($"{_venue.Name}-{Instrument.Id.Symbol}-{tradeId}");
            Report(taker, new TradeId($"{id.Value}-T"), quantity, price, LiquiditySide.Taker);
            Report(maker, new TradeId($"{id.Value}-M"), quantity, price, LiquiditySide.Maker);
            LastPrice = price;
            if (makerRemainingLots == 0) Done(maker);
            if (takerRemainingLots == 0) Done(taker);
        }

        private void Report(WorkingOrder order, TradeId tradeId, decimal quantity, decimal price, LiquiditySide liquidity)
        {
            order.Filled += quantity;
            var execution = new Execution(tradeId, order.ClientOrderId, order.Request.AccountId, Instrument.Id, order.Request.Side,
                quantity, price, Instrument.QuoteCurrency, _venue.Fees.FeeFor(liquidity, quantity, price), Instrument.QuoteCurrency, liquidity, _venue._now);
            _venue._executions.Add(execution);
            _venue._updates.Add(execution.ToFillOrder());
        }

        private void Done(WorkingOrder order)
        {
            order.InBook = false;
            _venue.Forget(this, order);
        }

        public void OnRested(long orderId, long priceTicks, long remainingLots)
        {
            if (ByBookId.TryGetValue(orderId, out var working)) Accept(working);
        }

        public void OnCancelled(long orderId, long remainingLots, BookCancelReason reason)
        {
            if (!ByBookId.TryGetValue(orderId, out var working) || !working.InBook && reason == BookCancelReason.Requested)
                return;
            Accept(working);
            Done(working);
            _venue._updates.Add(new ConfirmCancel(working.ClientOrderId, reason switch
            {
                BookCancelReason.SelfTrade => TradingRejections.SelfTrade,
                BookCancelReason.ImmediateRemainder when working.Filled == 0m && working.Request.Type is OrderType.Market or OrderType.Stop or OrderType.TrailingStop
                    => TradingRejections.NoLiquidity,
                BookCancelReason.ImmediateRemainder => "immediate-or-cancel remainder",
                _ => "cancelled on request",
            }));
        }

        public void OnRejected(long orderId, BookRejectReason reason)
        {
            if (!ByBookId.TryGetValue(orderId, out var working)) return;
            var (code, message) = reason switch
            {
                BookRejectReason.PostOnlyWouldTake => (TradingRejections.PostOnlyWouldTake, $"post-only order {working.ClientOrderId} would take liquidity"),
                BookRejectReason.FokNotFillable => (TradingRejections.FokNotFillable, $"fill-or-kill order {working.ClientOrderId} cannot be filled completely now"),
                _ => (reason.ToString(), $"book refused order {working.ClientOrderId}: {reason}"),
            };
            Done(working);
            if (working.AwaitingAccept)
            {
                working.AwaitingAccept = false;
                _venue._updates.Add(new RejectOrder(working.ClientOrderId, code, message));
            }
            else _venue._updates.Add(new ConfirmCancel(working.ClientOrderId, code));
        }
    }
}
