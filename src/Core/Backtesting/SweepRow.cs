namespace Hive.Core.Backtesting;

/// <summary>One combination of a sweep: its parameters and metrics, or the error that stopped it (e.g. fast ≥ slow).</summary>
public sealed record SweepRow(int Index, IReadOnlyDictionary<string, string> Parameters, BacktestMetrics? Metrics, string? Error);
