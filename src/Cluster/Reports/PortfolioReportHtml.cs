using System.Text;
using Hive.Core.Portfolio;
using static Hive.Cluster.Reports.ReportFormat;

namespace Hive.Cluster.Reports;

/// <summary>
/// The HTML report of one optimisation, self-contained like <see cref="BacktestReportHtml"/> (inline CSS and SVG, no
/// script, a Content-Security-Policy that forbids every load): the efficient frontier with the chosen portfolio marked
/// (when expected returns are known), the weights and each asset's share of the variance as bars, and for HRP the
/// dendrogram in its leaf order. The output depends only on the result.
/// </summary>
public static class PortfolioReportHtml
{
    private const int Width = 900;

    private const string Css = """
        .chart .frontier.line{stroke:#0969da}.chart .chosen{fill:#cf222e;stroke:#fff;stroke-width:1.5}.chart .asset{fill:#8c959f}
        .chart .bar.pos{fill:#0969da}.chart .bar.neg{fill:#cf222e}.chart .risk.bar{fill:#bf8700}
        .chart .tree{fill:none;stroke:#1f2328;stroke-width:1.2}
        """;

    public static string Render(PortfolioResult result)
    {
        var title = $"Portfolio: {result.Method}";
        var sb = new StringBuilder(32 * 1024);
        ReportStyles.Head(sb, title, Css);
        sb.Append($"<header><h1 id=\"method\">{Html(title)}</h1><p class=\"sub\" id=\"performance\">{Integer(result.Assets.Count)} assets · ");
        sb.Append(result.Performance is { } p
            ? $"expected return {Percent(p.ExpectedReturn)} · volatility {Percent(p.Volatility)} · Sharpe {Ratio(p.Sharpe)} (risk-free {Percent(result.RiskFree)})"
            : $"volatility {Percent(result.Volatility)} · no expected returns (covariance only)");
        sb.Append("</p></header>\n");
        sb.Append("<section id=\"frontier\"><h2>Efficient frontier</h2>").Append(FrontierChart(result)).Append("</section>\n");
        sb.Append("<section class=\"grid2\"><div><h2>Weights</h2>").Append(Bars("weights", result.Assets, result.Weights, "bar"));
        sb.Append("</div><div><h2>Share of variance</h2>").Append(Bars("risk", result.Assets, result.RiskContributions, "risk bar")).Append("</div></section>\n");
        if (result.Clustering is { } clustering)
            sb.Append("<section id=\"dendrogram\"><h2>HRP dendrogram</h2>").Append(Dendrogram(result.Assets, clustering)).Append("</section>\n");
        if (result.Allocation is { } allocation)
        {
            sb.Append("<section id=\"allocation\"><h2>Whole lots</h2><table class=\"kv\">");
            foreach (var (asset, lots) in allocation.Lots) sb.Append($"<tr><th>{Html(asset)}</th><td>{Integer(lots)}</td></tr>");
            sb.Append($"<tr><th>leftover cash</th><td>{Money(allocation.Leftover)}</td></tr></table></section>\n");
        }
        sb.Append("<footer>Hive portfolio report. Returns and volatilities are annual; shares of variance are wᵢ(Σw)ᵢ / wᵀΣw.</footer></body></html>\n");
        return sb.ToString();
    }

    private static string FrontierChart(PortfolioResult result)
    {
        if (result.ExpectedReturns is not { } mu || result.Performance is not { } chosen)
            return "<p class=\"empty\">No expected returns (a covariance alone), so no frontier.</p>";
        IReadOnlyList<FrontierPoint> frontier;
        try
        {
            var constraints = new WeightConstraints(result.Constraints.Lower, result.Constraints.Upper, result.Constraints.Groups);
            frontier = MeanVariance.Frontier(mu, result.Covariance, constraints, 40);
        }
        catch (ArgumentException e)
        {
            return $"<p class=\"empty\">No frontier: {Html(e.Message)}</p>";
        }
        var assetPoints = Enumerable.Range(0, mu.Length).Select(i => new FrontierPoint(Math.Sqrt(result.Covariance[i, i]), mu[i])).ToList();
        var all = frontier.Concat(assetPoints).Append(new FrontierPoint(chosen.Volatility, chosen.ExpectedReturn)).ToList();
        var (xLow, xHigh, xTicks) = ChartAxis.Values(0, all.Max(p => p.Volatility));
        var (yLow, yHigh, yTicks) = ChartAxis.Values(Math.Min(0, all.Min(p => p.ExpectedReturn)), all.Max(p => p.ExpectedReturn));
        const int height = 360, left = 60, right = 20, top = 16, bottom = 36;
        double X(double v) => left + (v - xLow) / (xHigh - xLow) * (Width - left - right);
        double Y(double r) => top + (yHigh - r) / (yHigh - yLow) * (height - top - bottom);
        var sb = new StringBuilder();
        sb.Append($"<svg class=\"chart\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-label=\"efficient frontier\"><g class=\"grid\">");
        foreach (var t in yTicks) sb.Append($"<line x1=\"{left}\" x2=\"{Width - right}\" y1=\"{Coord(Y(t))}\" y2=\"{Coord(Y(t))}\"/><text x=\"{left - 6}\" y=\"{Coord(Y(t) + 4)}\" text-anchor=\"end\">{Percent(t, 0)}</text>");
        foreach (var t in xTicks) sb.Append($"<text x=\"{Coord(X(t))}\" y=\"{height - bottom + 16}\" text-anchor=\"middle\">{Percent(t, 0)}</text>");
        sb.Append($"</g><rect class=\"frame\" x=\"{left}\" y=\"{top}\" width=\"{Width - left - right}\" height=\"{height - top - bottom}\"/>");
        sb.Append($"<text x=\"{Width / 2}\" y=\"{height - 4}\" text-anchor=\"middle\">annual volatility</text>");
        sb.Append("<polyline class=\"frontier line\" points=\"").AppendJoin(' ', frontier.Select(p => $"{Coord(X(p.Volatility))},{Coord(Y(p.ExpectedReturn))}")).Append("\"/>");
        for (var i = 0; i < assetPoints.Count; i++)
            sb.Append($"<circle class=\"asset\" cx=\"{Coord(X(assetPoints[i].Volatility))}\" cy=\"{Coord(Y(assetPoints[i].ExpectedReturn))}\" r=\"3\"><title>{Html(result.Assets[i])}</title></circle>");
        sb.Append($"<circle id=\"chosen\" class=\"chosen\" cx=\"{Coord(X(chosen.Volatility))}\" cy=\"{Coord(Y(chosen.ExpectedReturn))}\" r=\"6\"><title>{Html(result.Method)}</title></circle>");
        sb.Append("</svg>");
        return sb.ToString();
    }

    private static string Bars(string id, IReadOnlyList<string> assets, IReadOnlyList<double> values, string cssClass)
    {
        const int row = 18, labelWidth = 70, valueWidth = 60, width = 430;
        var low = Math.Min(0, values.Min());
        var high = Math.Max(0, values.Max());
        if (high - low <= 0) high = 1;
        double X(double v) => labelWidth + (v - low) / (high - low) * (width - labelWidth - valueWidth);
        var height = row * assets.Count + 4;
        var sb = new StringBuilder($"<svg id=\"{id}\" class=\"chart\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{id}\">");
        for (var i = 0; i < assets.Count; i++)
        {
            var value = Math.Abs(values[i]) < 1e-12 ? 0 : values[i];
            var (x0, x1) = (X(Math.Min(0, value)), X(Math.Max(0, value)));
            var sign = value < 0 ? "neg" : "pos";
            sb.Append($"<text x=\"{labelWidth - 6}\" y=\"{i * row + 13}\" text-anchor=\"end\">{Html(assets[i])}</text>");
            sb.Append($"<rect class=\"{cssClass} {sign}\" x=\"{Coord(x0)}\" y=\"{i * row + 3}\" width=\"{Coord(Math.Max(x1 - x0, 0.5))}\" height=\"{row - 6}\"/>");
            sb.Append($"<text x=\"{width - 4}\" y=\"{i * row + 13}\" text-anchor=\"end\">{Percent(value)}</text>");
        }
        return sb.Append("</svg>").ToString();
    }

    private static string Dendrogram(IReadOnlyList<string> assets, HierarchicalRiskParityResult clustering)
    {
        var n = assets.Count;
        const int height = 320, left = 50, right = 20, top = 12, bottom = 70;
        var step = (double)(Width - left - right) / n;
        var maxDistance = Math.Max(clustering.Merges.Max(m => m.Distance), 1e-12);
        double Y(double d) => top + (1 - d / maxDistance) * (height - top - bottom);
        var x = new double[2 * n - 1];
        var y = new double[2 * n - 1];
        for (var k = 0; k < n; k++)
        {
            x[clustering.LeafOrder[k]] = left + (k + 0.5) * step;
            y[clustering.LeafOrder[k]] = Y(0);
        }
        var sb = new StringBuilder($"<svg class=\"chart\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-label=\"dendrogram\">");
        for (var k = 0; k < clustering.Merges.Count; k++)
        {
            var merge = clustering.Merges[k];
            var node = n + k;
            y[node] = Y(merge.Distance);
            x[node] = (x[merge.Left] + x[merge.Right]) / 2;
            sb.Append($"<path class=\"tree\" d=\"M{Coord(x[merge.Left])},{Coord(y[merge.Left])}V{Coord(y[node])}H{Coord(x[merge.Right])}V{Coord(y[merge.Right])}\"/>");
        }
        for (var k = 0; k < n; k++)
        {
            var asset = clustering.LeafOrder[k];
            sb.Append($"<text class=\"leaf\" x=\"{Coord(x[asset])}\" y=\"{height - bottom + 14}\" text-anchor=\"end\" transform=\"rotate(-60 {Coord(x[asset])} {height - bottom + 14})\">{Html(assets[asset])}</text>");
        }
        sb.Append($"<text x=\"{left - 6}\" y=\"{Coord(Y(maxDistance) + 4)}\" text-anchor=\"end\">{Number(maxDistance, "0.00")}</text><text x=\"{left - 6}\" y=\"{Coord(Y(0) + 4)}\" text-anchor=\"end\">0</text>");
        return sb.Append("</svg>").ToString();
    }
}
