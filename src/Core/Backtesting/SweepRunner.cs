namespace Hive.Core.Backtesting;

/// <summary>
/// Runs one backtest per grid combination on all cores (<see cref="Parallel.For(int, int, Action{int})"/>); each run is
/// single-threaded and independent, results come back in grid order whatever the scheduling. A combination the strategy
/// refuses (fast ≥ slow) becomes a row with its error, not a failed sweep.
/// </summary>
public static class SweepRunner
{
    public static IReadOnlyList<SweepRow> Run(string strategy, IReadOnlyDictionary<string, string> fixedParameters, ParameterGrid grid,
        IReadOnlyList<BacktestFeed> feeds, BacktestSettings settings, IProgress<int>? progress = null, int? maxDegreeOfParallelism = null)
    {
        var combinations = grid.Combinations().Select(c => Merge(fixedParameters, c)).ToArray();
        var rows = new SweepRow[combinations.Length];
        var engine = new BacktestEngine(settings with { RecordFills = false });
        var done = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism ?? Environment.ProcessorCount };
        Parallel.For(0, combinations.Length, options, i =>
        {
            try
            {
                rows[i] = new SweepRow(i, combinations[i], engine.Run(strategy, combinations[i], feeds).Metrics, null);
            }
            catch (ArgumentException e)
            {
                rows[i] = new SweepRow(i, combinations[i], null, e.Message);
            }
            progress?.Report(Interlocked.Increment(ref done));
        });
        return rows;
    }

    internal static IReadOnlyDictionary<string, string> Merge(IReadOnlyDictionary<string, string> fixedParameters, IReadOnlyDictionary<string, string> combination)
    {
        var merged = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (k, v) in fixedParameters) merged[k] = v;
        foreach (var (k, v) in combination) merged[k] = v;
        return merged;
    }
}
