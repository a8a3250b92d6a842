using System.Text.Json;
using Hive.Cluster.Reports;
using Hive.Core.Portfolio;
using Microsoft.Playwright;

namespace Hive.Cluster.Tests.Reports;

/// <summary>The portfolio report of HRP on PyPortfolioOpt's prices, opened in headless Chromium from a file with the network cut.</summary>
public sealed class PortfolioReportBrowserSpecs(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("hive-portfolio-report-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task The_frontier_chosen_point_bars_and_dendrogram_all_draw_offline()
    {
        var prices = PriceTable.ParseCsv(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Portfolio", "Data", "stock_prices.csv")));
        var result = PortfolioOptimizer.Optimize(new PortfolioRequest { Method = "hrp" }, new PortfolioInputs(prices));
        var path = Path.Combine(folder, "report.html");
        await File.WriteAllTextAsync(path, PortfolioReportHtml.Render(result));
        var problems = new List<string>();
        var requests = new List<string>();
        var page = await chromium.OpenOfflineAsync(path, problems, requests);

        var drawn = await page.EvaluateAsync<JsonElement>(
            """
            () => {
              const box = el => { const b = el.getBBox(); return { x: b.x, y: b.y, width: b.width, height: b.height }; };
              const frontier = document.querySelector('#frontier polyline.frontier');
              const chosen = document.querySelector('#chosen');
              return {
                frontierPoints: frontier.points.numberOfItems,
                frontier: box(frontier),
                chosen: { cx: chosen.cx.baseVal.value, cy: chosen.cy.baseVal.value },
                weightBars: [...document.querySelectorAll('#weights rect')].map(r => r.getBBox().width),
                riskBars: document.querySelectorAll('#risk rect').length,
                branches: document.querySelectorAll('#dendrogram path.tree').length,
                leaves: [...document.querySelectorAll('#dendrogram text.leaf')].map(t => t.textContent),
                shown: document.querySelector('#frontier svg').getBoundingClientRect().width,
              };
            }
            """);
        Assert.Equal(40, drawn.GetProperty("frontierPoints").GetInt32());
        Assert.True(drawn.GetProperty("frontier").GetProperty("width").GetDouble() > 100);
        Assert.True(drawn.GetProperty("frontier").GetProperty("height").GetDouble() > 100);
        Assert.True(drawn.GetProperty("chosen").GetProperty("cx").GetDouble() > 60);
        var bars = drawn.GetProperty("weightBars").EnumerateArray().Select(w => w.GetDouble()).ToList();
        Assert.Equal(20, bars.Count);
        // the largest weight (XOM, 11.2%) draws the longest bar, the smallest (BAC, 1.4%) the shortest
        Assert.Equal(result.Assets.ToList().IndexOf("XOM"), bars.IndexOf(bars.Max()));
        Assert.Equal(result.Assets.ToList().IndexOf("BAC"), bars.IndexOf(bars.Min()));
        Assert.Equal(20, drawn.GetProperty("riskBars").GetInt32());
        Assert.Equal(19, drawn.GetProperty("branches").GetInt32());
        Assert.Equal(result.Clustering!.LeafOrder.Select(i => result.Assets[i]), drawn.GetProperty("leaves").EnumerateArray().Select(l => l.GetString()));
        Assert.True(drawn.GetProperty("shown").GetDouble() > 600);
        Assert.Empty(problems);
        Assert.Equal([new Uri(path).AbsoluteUri], requests);
    }
}
