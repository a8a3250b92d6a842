using System.Text;
using static Hive.Cluster.Reports.ReportFormat;

namespace Hive.Cluster.Reports;

/// <summary>
/// Draws time series as inline SVG: value gridlines with labels, calendar ticks along the bottom, shaded spans and lines
/// that mark moments (<see cref="ChartMarker"/>, behind the series), one path per series and a legend. Generated here rather than by a script so the report needs nothing at view time and the output is
/// deterministic and testable as text.
/// </summary>
internal static class SvgTimeChart
{
    public const int Width = 960;
    public const int Height = 300;
    private const int Left = 72, Right = 16, Top = 24, Bottom = 28;
    public const int PlotWidth = Width - Left - Right;
    public const int PlotHeight = Height - Top - Bottom;

    /// <param name="id">The svg element's id.</param>
    /// <param name="title">Accessible title of the chart.</param>
    /// <param name="series">Lines to draw, already downsampled.</param>
    /// <param name="valueLabel">Formats a value tick.</param>
    /// <param name="includeZero">Keeps 0 inside the value range (drawdown lives at or below it).</param>
    /// <param name="markers">Spans and moments to mark, clipped to the series' time range.</param>
    public static string Render(string id, string title, IReadOnlyList<ChartSeries> series, Func<double, string> valueLabel, bool includeZero,
        IReadOnlyList<ChartMarker>? markers = null)
    {
        var all = series.SelectMany(s => s.Points).ToList();
        var sb = new StringBuilder();
        sb.Append($"<svg id=\"{Html(id)}\" class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"{Html(title)}\">");
        sb.Append($"<title>{Html(title)}</title>");
        if (all.Count == 0)
        {
            sb.Append($"<text class=\"empty\" x=\"{Width / 2}\" y=\"{Height / 2}\" text-anchor=\"middle\">no data</text></svg>");
            return sb.ToString();
        }

        var minY = all.Min(p => p.Y);
        var maxY = all.Max(p => p.Y);
        if (includeZero) { minY = Math.Min(minY, 0); maxY = Math.Max(maxY, 0); }
        var (low, high, valueTicks) = ChartAxis.Values(minY, maxY);
        var minX = all.Min(p => p.X);
        var maxX = all.Max(p => p.X);

        double X(double x) => maxX > minX ? Left + (x - minX) / (maxX - minX) * PlotWidth : Left + PlotWidth / 2.0;
        double Y(double y) => Top + (high - y) / (high - low) * PlotHeight;

        sb.Append("<g class=\"grid\">");
        foreach (var v in valueTicks)
        {
            var y = Coord(Y(v));
            sb.Append($"<line x1=\"{Left}\" x2=\"{Left + PlotWidth}\" y1=\"{y}\" y2=\"{y}\"/>");
            sb.Append($"<text class=\"ylabel\" x=\"{Left - 6}\" y=\"{y}\" text-anchor=\"end\" dominant-baseline=\"middle\">{Html(valueLabel(v))}</text>");
        }

        var start = new DateTime((long)minX, DateTimeKind.Utc);
        var end = new DateTime((long)maxX, DateTimeKind.Utc);
        foreach (var (time, label) in ChartAxis.Times(start, end))
        {
            var x = Coord(X(time.Ticks));
            sb.Append($"<line class=\"xtick\" x1=\"{x}\" x2=\"{x}\" y1=\"{Top + PlotHeight}\" y2=\"{Top + PlotHeight + 5}\"/>");
            sb.Append($"<text class=\"xlabel\" x=\"{x}\" y=\"{Top + PlotHeight + 18}\" text-anchor=\"middle\">{Html(label)}</text>");
        }

        sb.Append($"<rect class=\"frame\" x=\"{Left}\" y=\"{Top}\" width=\"{PlotWidth}\" height=\"{PlotHeight}\"/></g>");

        foreach (var m in markers ?? [])
        {
            if (m.To < minX || m.From > maxX) continue;
            var (from, to) = (X(Math.Max(m.From, minX)), X(Math.Min(m.To, maxX)));
            var css = Html(m.CssClass);
            sb.Append(m.To > m.From
                ? $"<rect class=\"{css} marker\" x=\"{Coord(from)}\" y=\"{Top}\" width=\"{Coord(to - from)}\" height=\"{PlotHeight}\"/>"
                : $"<line class=\"{css} marker\" x1=\"{Coord(from)}\" x2=\"{Coord(from)}\" y1=\"{Top}\" y2=\"{Top + PlotHeight}\"/>");
            sb.Append($"<text class=\"{css} marker-label\" x=\"{Coord(from + 3)}\" y=\"{Top + 12}\">{Html(m.Label)}</text>");
        }

        foreach (var s in series.Where(s => s.Points.Count > 0))
        {
            var d = new StringBuilder();
            for (var i = 0; i < s.Points.Count; i++)
                d.Append(i == 0 ? "M" : "L").Append(Coord(X(s.Points[i].X))).Append(',').Append(Coord(Y(s.Points[i].Y)));
            if (s.FillToZero)
            {
                var zero = Coord(Y(Math.Clamp(0, low, high)));
                var area = $"{d}L{Coord(X(s.Points[^1].X))},{zero}L{Coord(X(s.Points[0].X))},{zero}Z";
                sb.Append($"<path class=\"{Html(s.CssClass)} area\" d=\"{area}\"/>");
            }

            sb.Append($"<path class=\"{Html(s.CssClass)} line\" data-points=\"{s.Points.Count}\" d=\"{d}\"/>");
        }

        var legendX = Left + 8;
        foreach (var s in series)
        {
            sb.Append($"<rect class=\"{Html(s.CssClass)} swatch\" x=\"{legendX}\" y=\"6\" width=\"14\" height=\"4\"/>");
            sb.Append($"<text class=\"legend\" x=\"{legendX + 18}\" y=\"12\">{Html(s.Label)}</text>");
            legendX += 30 + s.Label.Length * 7;
        }

        sb.Append("</svg>");
        return sb.ToString();
    }
}
