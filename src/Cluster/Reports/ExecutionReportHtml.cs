using System.Text;
using Hive.Core.Algos;
using static Hive.Cluster.Reports.ReportFormat;

namespace Hive.Cluster.Reports;

/// <summary>
/// The HTML report of <c>hive execution simulate</c>: one self-contained file like the backtest report (inline CSS and
/// SVG, no script, a Content-Security-Policy that forbids every load): the summary, the slippage breakdown, the price
/// with the children's fill prices, the planned schedule against the cumulative fills, the market volume against what
/// the children executed per bar, and the children. Deterministic: the same simulation gives the same bytes.
/// </summary>
public static class ExecutionReportHtml
{
    public static void Write(ExecutionSimulation simulation, string path)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        if (string.IsNullOrWhiteSpace(path)) throw new ArgumentException("path of the HTML report must not be empty", nameof(path));
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full)) throw new ArgumentException($"path '{path}' is a folder; give the report's file name", nameof(path));
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, Render(simulation), new UTF8Encoding(false));
    }

    public static string Render(ExecutionSimulation simulation)
    {
        var (r, parent) = (simulation.Result, simulation.Parent);
        var title = $"Execution: {r.Algo} {r.Side} {Quantity(r.Quantity)} {parent.Instrument.Id}";
        var sb = new StringBuilder(32 * 1024);
        ReportStyles.Head(sb, title);
        sb.Append($"<header><h1 id=\"title\">{Html(title)}</h1>");
        sb.Append($"<p class=\"sub\">{Time(parent.Parameters.Start)} to {Time(parent.Parameters.End)} · {Integer(simulation.WindowBars.Count)} bars · " +
                  $"{Html(parent.Status.ToString())}{(parent.PauseReason is { } reason ? " · " + Html(reason) : "")}</p></header>\n");

        sb.Append("<section class=\"grid2\"><div><h2>Summary</h2><table id=\"summary\" class=\"kv\"><tbody>");
        Row(sb, "filled", $"{Quantity(r.FilledQuantity)} of {Quantity(r.Quantity)} in {Integer(r.Children.Count)} children");
        Row(sb, "average price", Price(r.AveragePrice));
        Row(sb, "arrival price", Price(r.ArrivalPrice));
        Row(sb, "interval VWAP", Price(r.IntervalVwap));
        Row(sb, "participation", Percent((double)r.Participation, 3));
        Row(sb, "fees", Money(parent.Fees));
        sb.Append("</tbody></table></div><div><h2>Slippage (bps, positive = cost)</h2>");
        sb.Append(Slippage(simulation));
        sb.Append("</div></section>\n");

        sb.Append("<section><h2>Price and fills</h2>");
        sb.Append(SvgTimeChart.Render("price-chart", "Price and the children's fill prices",
            [new("price", "Close", Down(simulation.WindowBars.Select(b => new ChartPoint(b.OpenTime.Ticks, (double)b.Close)))),
             new("fills", "Fill price", parent.Children.Where(c => c.Filled > 0m).Select(c => new ChartPoint(c.Time.Ticks, (double)c.AveragePrice)).ToList())],
            v => Number(v, "0.####"), includeZero: false));
        sb.Append("<h2>Schedule and fills</h2>");
        sb.Append(SvgTimeChart.Render("schedule-chart", "Planned quantity against the cumulative fills", ScheduleSeries(simulation), Compact, includeZero: true));
        sb.Append("<h2>Volume</h2>");
        sb.Append(SvgTimeChart.Render("volume-chart", "Market volume and the quantity the children executed, per bar", VolumeSeries(simulation), Compact, includeZero: true));
        sb.Append("</section>\n");

        sb.Append($"<section><h2>Children ({Integer(r.Children.Count)})</h2><div class=\"tablewrap\"><table id=\"children\" class=\"trades\"><thead><tr>" +
                  "<th>#</th><th>sent</th><th>quantity</th><th>filled</th><th>average price</th><th>venue</th></tr></thead><tbody>");
        for (var i = 0; i < r.Children.Count; i++)
        {
            var c = r.Children[i];
            sb.Append($"<tr class=\"child\"><td class=\"num\">{i + 1}</td><td>{Time(c.Time)}</td><td class=\"num\">{Quantity(c.Quantity)}</td>" +
                      $"<td class=\"num\">{Quantity(c.FilledQuantity)}</td><td class=\"num\">{Price(c.AveragePrice)}</td><td>{Html(c.Venue)}</td></tr>");
        }
        sb.Append("</tbody></table></div></section>\n");
        sb.Append("<footer>Hive execution report. Times are UTC. Slippage is in basis points of the benchmark, positive when it cost the trader; " +
                  "the interval VWAP weights each window bar's typical price (high + low + close)/3 by its volume.</footer></body></html>\n");
        return sb.ToString();
    }

    /// <summary>Total cost against arrival = market drift (arrival to interval VWAP) + execution against the VWAP; fees on top.</summary>
    private static string Slippage(ExecutionSimulation simulation)
    {
        var (r, parent) = (simulation.Result, simulation.Parent);
        var drift = r.ArrivalPrice == 0m ? 0m : parent.Parameters.Sign * (r.IntervalVwap - r.ArrivalPrice) / r.ArrivalPrice * 10_000m;
        var fees = r.FilledQuantity == 0m || r.ArrivalPrice == 0m ? 0m : parent.Fees / (r.FilledQuantity * r.ArrivalPrice) * 10_000m;
        var sb = new StringBuilder("<table id=\"slippage\" class=\"kv metrics\"><tbody>");
        Row(sb, "market drift: arrival to interval VWAP", Bps(drift));
        Row(sb, "execution against the interval VWAP", Bps(r.SlippageVsVwapBps));
        Row(sb, "against the arrival price", Bps(r.SlippageVsArrivalBps));
        Row(sb, "fees", Bps(fees));
        Row(sb, "total against arrival, with fees", Bps(r.SlippageVsArrivalBps + fees));
        sb.Append("</tbody></table>");
        return sb.ToString();
    }

    private static IReadOnlyList<ChartSeries> ScheduleSeries(ExecutionSimulation simulation)
    {
        var parent = simulation.Parent;
        var start = parent.Parameters.Start.Ticks;
        var planned = new List<ChartPoint> { new(start, 0) };
        var total = 0m;
        if (parent.Parameters.Algorithm == ExecutionAlgorithm.Pov)
            foreach (var bar in simulation.WindowBars)
                planned.Add(new ChartPoint(bar.OpenTime.Ticks, (double)Math.Min(parent.Parameters.Quantity, parent.Parameters.Participation * (total += bar.Volume))));
        else
            foreach (var slice in parent.Schedule)
                planned.Add(new ChartPoint(slice.Time.Ticks, (double)(total += slice.Quantity)));
        var filled = new List<ChartPoint> { new(start, 0) };
        var done = 0m;
        foreach (var child in parent.Children)
            filled.Add(new ChartPoint(child.Time.Ticks, (double)(done += child.Filled)));
        var series = new List<ChartSeries>();
        if (planned.Count > 1) series.Add(new ChartSeries("planned", "Planned", Down(planned)));
        series.Add(new ChartSeries("filled", "Filled", Down(filled)));
        return series;
    }

    private static IReadOnlyList<ChartSeries> VolumeSeries(ExecutionSimulation simulation)
    {
        var executed = simulation.Parent.Children.GroupBy(c => c.Time).ToDictionary(g => g.Key, g => g.Sum(c => c.Filled));
        return
        [
            new("volume", "Market volume", Down(simulation.WindowBars.Select(b => new ChartPoint(b.OpenTime.Ticks, (double)b.Volume)))),
            new("executed", "Executed", Down(simulation.WindowBars.Select(b => new ChartPoint(b.OpenTime.Ticks, (double)executed.GetValueOrDefault(b.OpenTime))))),
        ];
    }

    private static IReadOnlyList<ChartPoint> Down(IEnumerable<ChartPoint> points) => CurveDownsampler.Downsample(points.ToArray(), CurveDownsampler.DefaultMaxPoints);

    private static string Bps(decimal value) => Number((double)value, "0.00");

    private static void Row(StringBuilder sb, string name, string value) => sb.Append($"<tr><th>{Html(name)}</th><td>{Html(value)}</td></tr>");
}
