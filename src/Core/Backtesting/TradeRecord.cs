namespace Hive.Core.Backtesting;

/// <summary>
/// One round trip: a position opened from flat and closed back to flat (or still open at the end, then marked at the
/// last close with <see cref="Open"/> true). <see cref="Side"/> is <c>long</c> or <c>short</c>; prices are volume-weighted
/// over the fills that opened and closed it; <see cref="NetPnl"/> = <see cref="GrossPnl"/> − <see cref="Fees"/>.
/// </summary>
public sealed record TradeRecord(
    string Instrument, string Side, DateTime EntryTime, decimal EntryPrice, DateTime? ExitTime, decimal? ExitPrice,
    decimal Quantity, decimal GrossPnl, decimal Fees, decimal NetPnl, bool Open);
