namespace Hive.Core.Backtesting;

/// <summary>One walk-forward step: the in-sample period and the best parameters found there (by the chosen metric, with
/// its in-sample value), then the out-of-sample period run with them and its metrics.</summary>
public sealed record WalkForwardWindow(
    DateTime InSampleStart, DateTime InSampleEnd, DateTime OutOfSampleStart, DateTime OutOfSampleEnd,
    IReadOnlyDictionary<string, string> BestParameters, double InSampleScore, BacktestMetrics OutOfSample);
