namespace Hive.Core.Backtesting;

/// <summary>The account's equity at the close of one bar (cash plus positions marked at the close), its drawdown from
/// the running peak as a fraction (0 or negative), and the benchmark's value scaled to the same initial cash.</summary>
public sealed record EquityPoint(DateTime Time, decimal Equity, decimal Drawdown, decimal? Benchmark);
