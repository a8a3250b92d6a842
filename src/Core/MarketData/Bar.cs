using System.Text.Json.Serialization;
using Hive.Core.Ids;

namespace Hive.Core.MarketData;

/// <summary>One OHLCV bar. <paramref name="OpenTime"/> is the UTC start of the bucket (for daily and longer bars:
/// midnight UTC of the session date). Prices and volume are decimal like every other quantity in the domain;
/// the columnar <see cref="BarSeries"/> is the fast path for bulk work.</summary>
public sealed record Bar(
    InstrumentId Instrument,
    DateTime OpenTime,
    BarInterval Interval,
    decimal Open,
    decimal High,
    decimal Low,
    decimal Close,
    decimal Volume)
{
    /// <summary>Notional traded, approximated by close × volume.</summary>
    public decimal Turnover => Close * Volume;

    /// <summary>When the bar is complete: calendar months are added (they vary in length), activity bars
    /// (volume, dollar) have no length and close an instant after they open.</summary>
    [JsonIgnore]
    public DateTime CloseTime => Interval.Unit switch
    {
        BarUnit.Month => OpenTime.AddMonths((int)Interval.Count),
        _ when Interval.IsTimeBased => OpenTime + Interval.ApproximateDuration,
        _ => OpenTime.AddTicks(1),
    };
}
