namespace Hive.Core.Backtesting;

/// <summary>Metrics by the names sweeps and walk-forward optimise on; larger is always better (drawdown is ≤ 0).</summary>
public static class MetricSelector
{
    public static IReadOnlyList<string> Names { get; } =
        ["sharpe", "sortino", "calmar", "cagr", "total-return", "max-drawdown", "profit-factor", "win-rate", "final-equity"];

    public static string Check(string name) =>
        Names.Contains(name) ? name : throw new ArgumentException($"unknown metric '{name}'; choose one of {string.Join(", ", Names)}");

    public static double Value(BacktestMetrics m, string name) => Check(name) switch
    {
        "sharpe" => m.Sharpe,
        "sortino" => m.Sortino,
        "calmar" => m.Calmar,
        "cagr" => m.Cagr,
        "total-return" => m.TotalReturn,
        "max-drawdown" => m.MaxDrawdown,
        "profit-factor" => m.ProfitFactor,
        "win-rate" => m.WinRate,
        _ => (double)m.FinalEquity,
    };
}
