using Hive.Core.Ids;
using Hive.Core.Orders;

namespace Hive.Core.Backtesting;

/// <summary>
/// Turns fills into round trips per instrument: a trade opens when the position leaves flat and closes when it returns
/// to flat; a fill that flips the position closes one trade and opens the next with the remainder, its fee split
/// pro rata. Trades still open at the end are marked at the last close.
/// </summary>
public static class RoundTripBuilder
{
    public static IReadOnlyList<TradeRecord> Build(IEnumerable<Execution> fills, IReadOnlyDictionary<InstrumentId, decimal> lastClose)
    {
        var open = new Dictionary<InstrumentId, OpenTrade>();
        var trades = new List<TradeRecord>();
        foreach (var fill in fills)
        {
            var quantity = fill.Quantity;
            var fee = fill.Fee;
            var sign = fill.Side == OrderSide.Buy ? 1 : -1;
            if (open.TryGetValue(fill.InstrumentId, out var trade) && trade.Sign != sign)
            {
                var closing = Math.Min(quantity, trade.OpenQuantity);
                var feeShare = quantity == closing ? fee : fee * closing / quantity;
                trade.ExitQuantity += closing;
                trade.ExitNotional += closing * fill.Price;
                trade.Fees += feeShare;
                trade.ExitTime = fill.ExecutedAt;
                quantity -= closing;
                fee -= feeShare;
                if (trade.OpenQuantity == 0m)
                {
                    trades.Add(trade.ToRecord(fill.InstrumentId, null));
                    open.Remove(fill.InstrumentId);
                }
                if (quantity == 0m) continue;
            }
            if (!open.TryGetValue(fill.InstrumentId, out trade))
                open[fill.InstrumentId] = trade = new OpenTrade { Sign = sign, EntryTime = fill.ExecutedAt };
            trade.EntryQuantity += quantity;
            trade.EntryNotional += quantity * fill.Price;
            trade.Fees += fee;
        }
        foreach (var (instrument, trade) in open)
            trades.Add(trade.ToRecord(instrument, lastClose.TryGetValue(instrument, out var mark) ? mark : trade.EntryNotional / trade.EntryQuantity));
        return trades.OrderBy(t => t.EntryTime).ThenBy(t => t.Instrument, StringComparer.Ordinal).ToList();
    }

    private sealed class OpenTrade
    {
        public int Sign;
        public DateTime EntryTime;
        public DateTime? ExitTime;
        public decimal EntryQuantity, EntryNotional, ExitQuantity, ExitNotional, Fees;

        public decimal OpenQuantity => EntryQuantity - ExitQuantity;

        public TradeRecord ToRecord(InstrumentId instrument, decimal? mark)
        {
            var isOpen = mark is not null;
            var exitNotional = ExitNotional + (mark ?? 0m) * OpenQuantity;
            var gross = Sign * (exitNotional - EntryNotional);
            return new TradeRecord(instrument.ToString(), Sign > 0 ? "long" : "short", EntryTime, EntryNotional / EntryQuantity,
                isOpen ? null : ExitTime, exitNotional / EntryQuantity, EntryQuantity, gross, Fees, gross - Fees, isOpen);
        }
    }
}
