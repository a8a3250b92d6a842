using Hive.Core.Ids;
using Hive.Core.Orders;

namespace Hive.Core.Strategies.Catalog;

/// <summary>
/// Turns a signal's <see cref="PositionTarget"/> into at most one market order: nothing when the position already
/// points that way, the whole position when going flat, and one order for a reversal (close and open together).
/// One decision at a time: while an order on the instrument still works, the signal is skipped, as the last one is
/// still being acted on.
/// </summary>
public static class PositionTargeting
{
    /// <summary>What a bearish signal means: short when shorting is allowed, flat otherwise.</summary>
    public static PositionTarget Bearish(bool allowShort) => allowShort ? PositionTarget.Short : PositionTarget.Flat;

    /// <summary>Submits the order that moves the position to <paramref name="target"/>; true when one was submitted.</summary>
    public static bool MoveTo(IStrategyContext context, InstrumentId instrument, PositionTarget target, EntrySizing sizing, decimal price)
    {
        if (context.OpenOrders(instrument).Count > 0) return false;
        var position = context.PositionOf(instrument);
        var wanted = target switch
        {
            PositionTarget.Long => position > 0m ? position : sizing.UnitsAt(context, instrument, price),
            PositionTarget.Short => position < 0m ? position : -sizing.UnitsAt(context, instrument, price),
            _ => 0m,
        };
        var change = wanted - position;
        if (change == 0m) return false;
        context.Submit(StrategyOrder.Market(instrument, change > 0m ? OrderSide.Buy : OrderSide.Sell, Math.Abs(change)));
        return true;
    }
}
