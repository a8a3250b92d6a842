using Hive.Core.Ids;

namespace Hive.Core.MarketData;

/// <summary>Top of book at an instant.</summary>
public sealed record QuoteTick(InstrumentId Instrument, DateTime Time, decimal BidPrice, decimal BidSize, decimal AskPrice, decimal AskSize)
{
    public decimal MidPrice => (BidPrice + AskPrice) / 2m;

    public decimal Spread => AskPrice - BidPrice;
}
