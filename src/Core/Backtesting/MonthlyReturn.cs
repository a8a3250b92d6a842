namespace Hive.Core.Backtesting;

/// <summary>The equity curve's return over one calendar month (UTC), as a fraction (0.012 = +1.2%).</summary>
public sealed record MonthlyReturn(int Year, int Month, double Return);
