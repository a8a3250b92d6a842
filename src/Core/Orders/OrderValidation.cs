using Hive.Core.Domain;
using Hive.Core.Instruments;

namespace Hive.Core.Orders;

/// <summary>Static checks of a request against its instrument: the first broken rule is returned, named.</summary>
public static class OrderValidation
{
    public static Rejection? Check(OrderRequest request, Instrument instrument, DateTime utcNow)
    {
        if (request.InstrumentId != instrument.Id)
            return new Rejection(TradingRejections.InstrumentMismatch,
                $"order {request.ClientOrderId} is for {request.InstrumentId} but was checked against {instrument.Id}");
        if (instrument.CheckQuantity(request.Quantity) is { } badQuantity) return badQuantity;

        var needsLimit = request.Type is OrderType.Limit or OrderType.StopLimit;
        var needsStop = request.Type is OrderType.Stop or OrderType.StopLimit;
        var needsOffset = request.Type is OrderType.TrailingStop;
        if (needsLimit && request.LimitPrice is null)
            return new Rejection(TradingRejections.MissingLimitPrice, $"{request.Type} order {request.ClientOrderId} needs a limit price");
        if (!needsLimit && request.LimitPrice is not null)
            return new Rejection(TradingRejections.UnexpectedPrice, $"{request.Type} order {request.ClientOrderId} must not carry a limit price");
        if (needsStop && request.StopPrice is null)
            return new Rejection(TradingRejections.MissingStopPrice, $"{request.Type} order {request.ClientOrderId} needs a stop price");
        if (!needsStop && request.StopPrice is not null)
            return new Rejection(TradingRejections.UnexpectedPrice, $"{request.Type} order {request.ClientOrderId} must not carry a stop price");
        if (needsOffset && (request.TrailingOffset is null || request.TrailingOffset <= 0))
            return new Rejection(TradingRejections.MissingTrailingOffset,
                $"trailing stop {request.ClientOrderId} needs a positive trailing offset, got {request.TrailingOffset?.ToString() ?? "none"}");
        if (!needsOffset && request.TrailingOffset is not null)
            return new Rejection(TradingRejections.UnexpectedPrice, $"{request.Type} order {request.ClientOrderId} must not carry a trailing offset");

        if (request.LimitPrice is { } limit)
        {
            if (instrument.CheckPrice(limit, "limit price") is { } badLimit) return badLimit;
            if (instrument.CheckNotional(request.Quantity, limit) is { } small) return small;
        }
        if (request.StopPrice is { } stop && instrument.CheckPrice(stop, "stop price") is { } badStop) return badStop;
        if (request.TrailingOffset is { } offset && !instrument.IsOnTick(offset))
            return new Rejection(InstrumentRules.OffTick,
                $"trailing offset {offset} for {instrument.Id} is not a multiple of the tick size {instrument.TickSize}");

        if (request.PostOnly && request.Type != OrderType.Limit)
            return new Rejection(TradingRejections.PostOnlyNotLimit, $"post-only order {request.ClientOrderId} must be a limit order, not {request.Type}");
        if (request.TimeInForce == TimeInForce.Gtd)
        {
            if (request.ExpireAt is not { } expireAt)
                return new Rejection(TradingRejections.MissingExpiry, $"GTD order {request.ClientOrderId} needs an expiry time");
            if (expireAt <= utcNow)
                return new Rejection(TradingRejections.ExpiryInPast, $"GTD order {request.ClientOrderId} expires at {expireAt:O}, which is not after {utcNow:O}");
        }
        return null;
    }
}
