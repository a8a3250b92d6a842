using System.Globalization;
using System.Text;
using Hive.Core.Backtesting;
using static Hive.Cluster.Reports.ReportFormat;

namespace Hive.Cluster.Reports;

/// <summary>
/// Monthly returns as a years × months table whose cells are shaded green (gain) or red (loss), darker the further
/// the month is from zero relative to the largest month of the backtest; a last column compounds each year.
/// Months without data (before the start, after the end) stay blank.
/// </summary>
internal static class MonthlyHeatMap
{
    private static readonly string[] MonthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    private static readonly (int R, int G, int B) Gain = (26, 152, 80);
    private static readonly (int R, int G, int B) Loss = (215, 48, 39);

    public static string Render(IReadOnlyList<MonthlyReturn> months)
    {
        if (months.Count == 0) return "<p class=\"empty\">No monthly returns (the backtest spans no full month of equity).</p>";
        var byMonth = new Dictionary<(int, int), double>();
        foreach (var m in months)
        {
            if (m.Month is < 1 or > 12)
                throw new ArgumentException($"monthly return {m.Year}-{m.Month}: month must be 1-12", nameof(months));
            if (!byMonth.TryAdd((m.Year, m.Month), m.Return))
                throw new ArgumentException($"monthly return {m.Year}-{m.Month:00} appears twice", nameof(months));
        }

        var firstYear = months.Min(m => m.Year);
        var lastYear = months.Max(m => m.Year);
        var yearly = new Dictionary<int, double>();
        for (var y = firstYear; y <= lastYear; y++)
        {
            var inYear = Enumerable.Range(1, 12).Where(mo => byMonth.ContainsKey((y, mo))).Select(mo => byMonth[(y, mo)]).ToList();
            if (inYear.Count > 0) yearly[y] = inYear.Aggregate(1.0, (acc, r) => acc * (1 + r)) - 1;
        }

        var monthScale = Scale(byMonth.Values);
        var yearScale = Scale(yearly.Values);
        var sb = new StringBuilder("<table id=\"heatmap\" class=\"heatmap\"><thead><tr><th>Year</th>");
        foreach (var name in MonthNames) sb.Append($"<th>{name}</th>");
        sb.Append("<th>Year</th></tr></thead><tbody>");
        for (var y = firstYear; y <= lastYear; y++)
        {
            sb.Append($"<tr><th>{y.ToString(CultureInfo.InvariantCulture)}</th>");
            for (var mo = 1; mo <= 12; mo++)
            {
                if (byMonth.TryGetValue((y, mo), out var r))
                    sb.Append(Cell("hm", $"{y:0000}-{mo:00}", r, monthScale));
                else
                    sb.Append("<td class=\"hm-none\"></td>");
            }

            sb.Append(yearly.TryGetValue(y, out var yr) ? Cell("hm-year", $"{y:0000}", yr, yearScale) : "<td class=\"hm-none\"></td>");
            sb.Append("</tr>");
        }

        sb.Append("</tbody></table>");
        return sb.ToString();
    }

    /// <summary>The background of a return: white at zero, the full gain/loss colour at the largest magnitude. Any
    /// non-zero return gets a visible tint so small months still read as gains or losses.</summary>
    internal static string Colour(double value, double scale)
    {
        if (value == 0 || !double.IsFinite(value) || scale <= 0) return "#ffffff";
        var t = 0.08 + 0.92 * Math.Min(1, Math.Abs(value) / scale);
        var (r, g, b) = value > 0 ? Gain : Loss;
        static int Mix(int target, double t) => (int)Math.Round(255 + (target - 255) * t);
        return $"#{Mix(r, t):x2}{Mix(g, t):x2}{Mix(b, t):x2}";
    }

    private static string Cell(string cssClass, string label, double value, double scale)
    {
        var strong = scale > 0 && Math.Abs(value) / scale > 0.6 ? " strong" : "";
        var data = double.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : "NaN";
        return $"<td class=\"{cssClass}{strong}\" data-period=\"{label}\" data-return=\"{data}\" style=\"background:{Colour(value, scale)}\" " +
               $"title=\"{label}: {Html(Percent(value))}\">{Html(SignedPercent(value))}</td>";
    }

    private static double Scale(IEnumerable<double> values) =>
        values.Where(double.IsFinite).Select(Math.Abs).DefaultIfEmpty(0).Max();
}
