using Hive.Core.Ids;
using Hive.Core.MarketData;

namespace Hive.Data.Analytics;

/// <summary>The figures of <c>hive data stats</c> for one series. Returns and drawdowns are fractions.</summary>
public sealed record SeriesSummary(
    InstrumentId Instrument,
    BarInterval Interval,
    int Bars,
    DateTime First,
    DateTime Last,
    double TotalReturn,
    double AnnualisedReturn,
    double AnnualisedVolatility,
    double MaxDrawdown,
    DateTime DrawdownPeak,
    DateTime DrawdownTrough,
    IReadOnlyList<YearStatistics> Years);
