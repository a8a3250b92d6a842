using System.Text;
using Hive.Core.Backtesting;
using static Hive.Cluster.Reports.ReportFormat;

namespace Hive.Cluster.Reports;

/// <summary>The metrics as label/value rows: ratios of money as percentages, risk ratios with two decimals, money with
/// two decimals and the currency.</summary>
internal static class MetricsTable
{
    public static string Render(BacktestMetrics m, string currency)
    {
        var cur = " " + Html(currency);
        var rows = new (string Label, string Value, string Key)[]
        {
            ("Total return", Percent(m.TotalReturn), "total-return"),
            ("CAGR", Percent(m.Cagr), "cagr"),
            ("Annual volatility", Percent(m.AnnualVolatility), "annual-volatility"),
            ("Sharpe", Ratio(m.Sharpe), "sharpe"),
            ("Sortino", Ratio(m.Sortino), "sortino"),
            ("Calmar", Ratio(m.Calmar), "calmar"),
            ("Max drawdown", Percent(m.MaxDrawdown), "max-drawdown"),
            ("Max drawdown duration", Number(m.MaxDrawdownDays, "0.#") + " days", "max-drawdown-days"),
            ("Win rate", Percent(m.WinRate), "win-rate"),
            ("Profit factor", Ratio(m.ProfitFactor), "profit-factor"),
            ("Exposure", Percent(m.Exposure), "exposure"),
            ("Turnover", Number(m.Turnover, "0.00") + "× / year", "turnover"),
            ("Alpha (annual)", Percent(m.Alpha), "alpha"),
            ("Beta", Ratio(m.Beta), "beta"),
            ("Trades", Integer(m.Trades), "trades"),
            ("Final equity", Money(m.FinalEquity) + cur, "final-equity"),
            ("Total fees", Money(m.TotalFees) + cur, "total-fees"),
        };

        var sb = new StringBuilder("<table id=\"metrics\" class=\"metrics\"><tbody>");
        foreach (var (label, value, key) in rows)
            sb.Append($"<tr data-metric=\"{key}\"><th>{Html(label)}</th><td>{value}</td></tr>");
        sb.Append("</tbody></table>");
        return sb.ToString();
    }
}
