using System.Text;
using Hive.Core.Backtesting;
using Hive.Core.Risk;
using static Hive.Cluster.Reports.ReportFormat;

namespace Hive.Cluster.Reports;

/// <summary>
/// The backtest's HTML report: one self-contained file (inline CSS, charts as inline SVG drawn here, no script, no
/// external font or image) that opens offline in any browser. A Content-Security-Policy forbids every network load
/// and every script, so even a hostile strategy name could not run code or phone home, on top of the escaping.
/// The output depends only on the result (invariant culture, no clock), so the same backtest gives the same bytes.
/// </summary>
public static class BacktestReportHtml
{
    /// <summary>Renders the report and writes it as UTF-8 to <paramref name="path"/>, creating its folder.</summary>
    public static void Write(BacktestResult result, string path)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (string.IsNullOrWhiteSpace(path)) throw new ArgumentException("path of the HTML report must not be empty", nameof(path));
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full)) throw new ArgumentException($"path '{path}' is a folder; give the report's file name", nameof(path));
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, Render(result), new UTF8Encoding(false));
    }

    public static string Render(BacktestResult result) => Render(result, CurveDownsampler.DefaultMaxPoints, TradeTable.DefaultMaxRows);

    /// <param name="result">The backtest.</param>
    /// <param name="maxChartPoints">Points per drawn curve; longer curves keep each bucket's min and max.</param>
    /// <param name="maxTradeRows">Trade rows shown; beyond it the first and last halves are shown.</param>
    internal static string Render(BacktestResult result, int maxChartPoints, int maxTradeRows)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (maxTradeRows < 2) throw new ArgumentOutOfRangeException(nameof(maxTradeRows), maxTradeRows, "maxTradeRows must be at least 2");
        var title = $"Backtest: {result.Strategy}";
        var sb = new StringBuilder(64 * 1024);
        ReportStyles.Head(sb, title);

        sb.Append($"<header><h1 id=\"strategy\">{Html(title)}</h1>");
        sb.Append($"<p class=\"sub\">{Html(string.Join(", ", result.Instruments))} · {Time(result.Start)} to {Time(result.End)} · " +
                  $"{Integer(result.Bars)} bars · initial cash {Money(result.InitialCash)} {Html(result.Currency)}</p></header>\n");

        sb.Append("<section class=\"grid2\"><div><h2>Parameters</h2>");
        sb.Append(KeyValues("parameters", result.Parameters, "none"));
        sb.Append("<h2>Settings</h2>");
        sb.Append(KeyValues("settings", result.Settings, "defaults"));
        sb.Append("</div><div><h2>Metrics</h2>");
        sb.Append(MetricsTable.Render(result.Metrics, result.Currency));
        sb.Append("</div></section>\n");

        sb.Append("<section><h2>Equity</h2>");
        sb.Append(EquityChart(result, maxChartPoints));
        sb.Append("<h2>Drawdown</h2>");
        sb.Append(DrawdownChart(result, maxChartPoints));
        sb.Append("<h2>Rolling VaR and CVaR</h2>");
        sb.Append(RollingVarChart(result));
        sb.Append("</section>\n");

        sb.Append("<section><h2>Orders denied by risk</h2>");
        sb.Append(KeyValues("denials", result.Denials.ToDictionary(kv => kv.Key, kv => Integer(kv.Value)), "none"));
        sb.Append("</section>\n");

        sb.Append("<section><h2>Monthly returns</h2>");
        sb.Append(MonthlyHeatMap.Render(result.MonthlyReturns));
        sb.Append("</section>\n");

        sb.Append($"<section><h2>Trades ({Integer(result.Trades.Count)}; {Integer(result.Fills.Count)} fills)</h2><div class=\"tablewrap\">");
        sb.Append(TradeTable.Render(result.Trades, maxTradeRows));
        sb.Append("</div></section>\n");

        sb.Append("<footer>Hive backtest report. Times are UTC; returns are fractions of equity shown as %; open trades are marked at the last close.</footer>");
        sb.Append("</body></html>\n");
        return sb.ToString();
    }

    private static string EquityChart(BacktestResult result, int maxPoints)
    {
        // One pass over the curve: a million-bar backtest should not pay for three LINQ pipelines.
        var count = result.Equity.Count;
        var equity = new ChartPoint[count];
        var benchmark = new List<ChartPoint>();
        for (var i = 0; i < count; i++)
        {
            var p = result.Equity[i];
            equity[i] = new ChartPoint(p.Time.Ticks, (double)p.Equity);
            if (p.Benchmark is { } b) benchmark.Add(new ChartPoint(p.Time.Ticks, (double)b));
        }

        var series = new List<ChartSeries> { new("equity", "Equity", CurveDownsampler.Downsample(equity, maxPoints)) };
        if (benchmark.Count > 0)
            series.Add(new ChartSeries("benchmark", "Benchmark", CurveDownsampler.Downsample(benchmark, maxPoints)));
        return SvgTimeChart.Render("equity-chart", $"Equity ({result.Currency})", series, Compact, includeZero: false);
    }

    private static string DrawdownChart(BacktestResult result, int maxPoints)
    {
        var drawdown = new ChartPoint[result.Equity.Count];
        for (var i = 0; i < drawdown.Length; i++)
            drawdown[i] = new ChartPoint(result.Equity[i].Time.Ticks, (double)result.Equity[i].Drawdown);
        return SvgTimeChart.Render("drawdown-chart", "Drawdown from the running peak",
            [new ChartSeries("drawdown", "Drawdown", CurveDownsampler.Downsample(drawdown, maxPoints), FillToZero: true)],
            v => Number(v * 100, "0.##") + "%", includeZero: true);
    }

    /// <summary>The 95% one-bar VaR and CVaR over the last 250 bars' returns, as the run went.</summary>
    private static string RollingVarChart(BacktestResult result)
    {
        if (result.RollingVar.Count == 0)
            return $"<p id=\"rolling-var\" class=\"empty\">fewer than {Integer(RollingVar.DefaultWindow)} bars: no rolling window</p>";
        var valueAtRisk = result.RollingVar.Select(p => new ChartPoint(p.Time.Ticks, p.Var)).ToArray();
        var cvar = result.RollingVar.Select(p => new ChartPoint(p.Time.Ticks, p.Cvar)).ToArray();
        return SvgTimeChart.Render("rolling-var", $"95% one-bar VaR and CVaR over the last {Integer(RollingVar.DefaultWindow)} bars",
            [new ChartSeries("var", "VaR", valueAtRisk), new ChartSeries("cvar", "CVaR", cvar)], v => Number(v * 100, "0.##") + "%", includeZero: true);
    }

    private static string KeyValues(string id, IReadOnlyDictionary<string, string> values, string whenEmpty)
    {
        if (values.Count == 0) return $"<p id=\"{id}\" class=\"empty\">{whenEmpty}</p>";
        var sb = new StringBuilder($"<table id=\"{id}\" class=\"kv\"><tbody>");
        // Sorted so the page does not depend on the dictionary's insertion order.
        foreach (var (key, value) in values.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            sb.Append($"<tr><th>{Html(key)}</th><td>{Html(value)}</td></tr>");
        sb.Append("</tbody></table>");
        return sb.ToString();
    }
}
