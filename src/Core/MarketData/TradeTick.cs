using Hive.Core.Ids;

namespace Hive.Core.MarketData;

/// <summary>One print on the tape. <paramref name="TradeId"/> is the venue's id when it has one (empty otherwise).</summary>
public sealed record TradeTick(InstrumentId Instrument, DateTime Time, decimal Price, decimal Size, string TradeId = "")
{
    public decimal Notional => Price * Size;
}
