using Hive.Core.Ids;
using Hive.Core.Orders;

namespace Hive.Core.ReadModel;

/// <summary>What one listing executed, any account's: the fills, the quantity bought and sold, the volume-weighted average price,
/// the notional and the fees (in the listing's quote currency).</summary>
public sealed record ListingStatistics(string Instrument, int Fills, decimal Bought, decimal Sold, decimal AveragePrice, decimal Notional, decimal Fees)
{
    public static ListingStatistics Of(InstrumentId instrument, IReadOnlyCollection<FillRow> fills)
    {
        var quantity = fills.Sum(f => f.Quantity);
        var notional = fills.Sum(f => f.Quantity * f.Price);
        return new(instrument.ToString(), fills.Count, fills.Where(f => f.Side == OrderSide.Buy).Sum(f => f.Quantity),
            fills.Where(f => f.Side == OrderSide.Sell).Sum(f => f.Quantity), quantity == 0m ? 0m : Math.Round(notional / quantity, 8), notional,
            fills.Sum(f => f.Fee));
    }
}
