using System.Globalization;
using System.Text;

namespace Hive.Core.Backtesting;

/// <summary>Sweep rows and walk-forward windows as CSV (invariant culture, one column per parameter then the key metrics).</summary>
public static class BacktestCsv
{
    public static readonly string[] MetricColumns =
        ["total_return", "cagr", "annual_volatility", "sharpe", "sortino", "calmar", "max_drawdown", "max_drawdown_days", "win_rate",
         "profit_factor", "exposure", "turnover", "alpha", "beta", "trades", "final_equity", "total_fees"];

    public static IReadOnlyList<object?> MetricValues(BacktestMetrics? m) => m is null
        ? MetricColumns.Select(_ => (object?)null).ToList()
        : [m.TotalReturn, m.Cagr, m.AnnualVolatility, m.Sharpe, m.Sortino, m.Calmar, m.MaxDrawdown, m.MaxDrawdownDays, m.WinRate,
           m.ProfitFactor, m.Exposure, m.Turnover, m.Alpha, m.Beta, m.Trades, m.FinalEquity, m.TotalFees];

    public static string Sweep(IReadOnlyList<SweepRow> rows)
    {
        var names = rows.SelectMany(r => r.Parameters.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        var text = new StringBuilder();
        text.AppendLine(string.Join(',', ["run", .. names, .. MetricColumns, "error"]));
        foreach (var row in rows)
        {
            var cells = new List<string> { row.Index.ToString(CultureInfo.InvariantCulture) };
            cells.AddRange(names.Select(n => Quote(row.Parameters.GetValueOrDefault(n) ?? "")));
            cells.AddRange(MetricValues(row.Metrics).Select(Format));
            cells.Add(Quote(row.Error ?? ""));
            text.AppendLine(string.Join(',', cells));
        }
        return text.ToString();
    }

    /// <summary>The layout of the <c>backtests</c> table that <c>hive sql</c> queries: one row per run with its batch id, kind
    /// (<c>backtest</c>, <c>sweep</c>, <c>walk-forward</c>), strategy, parameters as <c>name=value</c> pairs and the key metrics.</summary>
    public static string Table(string batch, string kind, string strategy, DateTime createdAt, IReadOnlyList<SweepRow> rows)
    {
        var text = new StringBuilder();
        text.AppendLine(string.Join(',', ["batch", "kind", "strategy", "created_at", "run", "parameters", .. MetricColumns, "error"]));
        foreach (var row in rows)
        {
            var cells = new List<string>
            {
                Quote(batch), kind, Quote(strategy), createdAt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), row.Index.ToString(CultureInfo.InvariantCulture),
                Quote(string.Join(' ', row.Parameters.Select(p => $"{p.Key}={p.Value}"))),
            };
            cells.AddRange(MetricValues(row.Metrics).Select(Format));
            cells.Add(Quote(row.Error ?? ""));
            text.AppendLine(string.Join(',', cells));
        }
        return text.ToString();
    }

    public static string WalkForward(WalkForwardResult result)
    {
        var text = new StringBuilder();
        text.AppendLine(string.Join(',', ["window", "in_sample_start", "in_sample_end", "out_of_sample_start", "out_of_sample_end", "parameters", "in_sample_score", .. MetricColumns]));
        for (var i = 0; i < result.Windows.Count; i++)
        {
            var w = result.Windows[i];
            var cells = new List<string>
            {
                i.ToString(CultureInfo.InvariantCulture), w.InSampleStart.ToString("O"), w.InSampleEnd.ToString("O"), w.OutOfSampleStart.ToString("O"),
                w.OutOfSampleEnd.ToString("O"), Quote(string.Join(' ', w.BestParameters.Select(p => $"{p.Key}={p.Value}"))), Format(w.InSampleScore),
            };
            cells.AddRange(MetricValues(w.OutOfSample).Select(Format));
            text.AppendLine(string.Join(',', cells));
        }
        return text.ToString();
    }

    public static string Format(object? value) => value switch
    {
        null => "",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>A CSV cell: quoted (quotes doubled) only when it holds a comma, a quote or a line break.</summary>
    public static string Quote(string text) =>
        text.IndexOfAny([',', '"', '\n']) < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
