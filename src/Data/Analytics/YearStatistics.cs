namespace Hive.Data.Analytics;

/// <summary>One calendar year of a series: return from the previous year's last close, annualised volatility,
/// and the worst drawdown within the year.</summary>
public sealed record YearStatistics(int Year, int Bars, double StartClose, double EndClose, double Return, double AnnualisedVolatility, double MaxDrawdown);
