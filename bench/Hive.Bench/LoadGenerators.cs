namespace Hive.Bench;

/// <summary>Named load generators (not BenchmarkDotNet): each takes the remaining args and returns an exit code.</summary>
public static class LoadGenerators
{
    private static readonly Dictionary<string, Func<string[], Task<int>>> Suites = new(StringComparer.OrdinalIgnoreCase)
    {
        // suite name -> entry point (one line each)
        ["data"] = Data.DataLoadGenerator.RunAsync,
        ["indicators"] = Indicators.IndicatorLoadGenerator.Run,
        ["cluster"] = Cluster.ClusterLoadGenerator.RunAsync,
        ["backtest"] = Backtesting.BacktestLoadGenerator.Run,
        ["risk"] = Risk.RiskLoadGenerator.Run,
        ["metrics"] = Metrics.MetricsLoadGenerator.RunAsync,
        ["execution"] = Algos.ExecutionLoadGenerator.Run,
        ["portfolio"] = Portfolio.PortfolioLoadGenerator.Run,
        ["security"] = Security.SecurityLoadGenerator.RunAsync,
        ["dashboard"] = Dashboard.DashboardLoad.RunAsync,
    };

    public static bool TryGet(string name, out Func<string[], Task<int>> run) => Suites.TryGetValue(name, out run!);

    public static IEnumerable<string> Names => Suites.Keys;
}
