namespace Hive.Core.Backtesting;

/// <summary>
/// Everything a backtest produced: what ran (strategy, parameters, instruments, period, settings in words), the
/// metrics, the equity and drawdown curve (one point per bar close of the strategy's primary series), the round-trip
/// trades, every fill, and monthly returns. <see cref="Start"/> and <see cref="End"/> are the open times of the first and
/// last bars, so a daily run reads "2000-01-03 to 2020-04-17" like its data. Serialised as-is (System.Text.Json, camelCase) into the JSON report; the
/// HTML report renders the same object.
/// </summary>
public sealed record BacktestResult(
    string Strategy,
    IReadOnlyDictionary<string, string> Parameters,
    IReadOnlyList<string> Instruments,
    string Currency,
    decimal InitialCash,
    DateTime Start,
    DateTime End,
    long Bars,
    IReadOnlyDictionary<string, string> Settings,
    BacktestMetrics Metrics,
    IReadOnlyList<EquityPoint> Equity,
    IReadOnlyList<TradeRecord> Trades,
    IReadOnlyList<FillRecord> Fills,
    IReadOnlyList<MonthlyReturn> MonthlyReturns)
{
    /// <summary>Orders pre-trade risk refused (they end <c>Denied</c>), counted by the limit's code.</summary>
    public IReadOnlyDictionary<string, int> Denials { get; init; } = new SortedDictionary<string, int>(StringComparer.Ordinal);

    /// <summary>The 95% one-bar VaR and CVaR of the per-bar returns over a rolling window (<see cref="Risk.RollingVar"/>).</summary>
    public IReadOnlyList<Risk.RollingVarPoint> RollingVar { get; init; } = [];
}
