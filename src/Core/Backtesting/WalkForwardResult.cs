namespace Hive.Core.Backtesting;

/// <summary>A walk-forward run: every window, the out-of-sample equity curves stitched end to end (each window starts with
/// the equity the previous one ended with), the trades made out of sample, and the metrics of the stitched curve.</summary>
public sealed record WalkForwardResult(
    string Strategy, string Metric, IReadOnlyList<WalkForwardWindow> Windows, IReadOnlyList<EquityPoint> Equity,
    IReadOnlyList<TradeRecord> Trades, BacktestMetrics Metrics);
