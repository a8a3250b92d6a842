using System.Text.Json;
using Hive.Cluster.Reports;
using Hive.Core.Algos;
using Hive.Core.Backtesting;
using Hive.Core.Instruments;
using Hive.Core.MarketData;
using Hive.Core.Orders;
using Microsoft.Playwright;

namespace Hive.Cluster.Tests.Reports;

/// <summary>The execution report opened in headless Chromium from a file, with the network cut: its charts must have drawn.</summary>
public sealed class ExecutionReportBrowserSpecs(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("hive-exec-report-").FullName;
    private readonly List<string> problems = [];
    private readonly List<string> requests = [];

    public void Dispose() => Directory.Delete(folder, recursive: true);

    /// <summary>A TWAP of 1,200 in 12 slices over two hours of minute bars whose price and volume wave.</summary>
    private static ExecutionSimulation Twap()
    {
        var instrument = Instrument.Stock("SIM", "AAA");
        var start = new DateTime(2024, 1, 2, 14, 30, 0, DateTimeKind.Utc);
        var bars = Enumerable.Range(-5, 135).Select(i =>
        {
            var price = 100m + (decimal)Math.Round(Math.Sin(i / 9.0), 2);
            return new Bar(instrument.Id, start.AddMinutes(i), BarInterval.OneMinute, price, price + 0.1m, price - 0.1m, price, 500m + 100 * (i % 17));
        }).ToList();
        var feed = new BacktestFeed(instrument, BarSeries.FromBars(instrument.Id, BarInterval.OneMinute, bars));
        return ExecutionSimulator.Run("twap", OrderSide.Buy, 1200m, start, start.AddHours(2), new Dictionary<string, string> { ["slices"] = "12" }, feed, BacktestSettings.Default);
    }

    private async Task<IPage> Open(ExecutionSimulation simulation)
    {
        var path = Path.Combine(folder, "report.html");
        ExecutionReportHtml.Write(simulation, path);
        var page = await chromium.OpenOfflineAsync(path, problems, requests);
        return page;
    }

    private static async Task<JsonElement> Drawn(IPage page, string selector) =>
        await page.EvaluateAsync<JsonElement>(
            """
            selector => {
              const el = document.querySelector(selector);
              if (!el) return null;
              const b = el.getBBox();
              return { width: b.width, height: b.height, points: ((el.getAttribute('d') || '').match(/[ML]/g) || []).length,
                       shown: el.ownerSVGElement.getBoundingClientRect().width };
            }
            """, selector);

    [Fact]
    public async Task Opened_offline_the_price_schedule_and_volume_charts_draw_schedule_against_fills()
    {
        var simulation = Twap();
        var page = await Open(simulation);

        // Points per line, and how tall it must at least be drawn (the children's 100s spike low under the market's ~2,000).
        var expected = new Dictionary<string, (int Points, double Height)>
        {
            ["#price-chart path.price.line"] = (simulation.WindowBars.Count, 40),
            ["#price-chart path.fills.line"] = (12, 40),
            ["#schedule-chart path.planned.line"] = (13, 40),
            ["#schedule-chart path.filled.line"] = (13, 40),
            ["#volume-chart path.volume.line"] = (simulation.WindowBars.Count, 40),
            ["#volume-chart path.executed.line"] = (simulation.WindowBars.Count, 5),
        };
        foreach (var (selector, (points, height)) in expected)
        {
            var box = await Drawn(page, selector);
            Assert.True(box.ValueKind == JsonValueKind.Object, $"{selector} is missing");
            Assert.Equal(points, box.GetProperty("points").GetInt32());
            Assert.True(box.GetProperty("height").GetDouble() > height, $"{selector} is flat: {box}");
            Assert.True(box.GetProperty("width").GetDouble() > SvgTimeChart.PlotWidth * 0.9, $"{selector} is narrow: {box}");
            Assert.True(box.GetProperty("shown").GetDouble() > 600, $"{selector}'s chart is laid out too small: {box}");
        }

        Assert.Equal(12, await page.EvaluateAsync<int>("() => document.querySelectorAll('#children tr.child').length"));
        Assert.Contains("total against arrival, with fees", await page.InnerTextAsync("#slippage"));
        Assert.Empty(problems);
        Assert.Equal([new Uri(System.IO.Path.Combine(folder, "report.html")).AbsoluteUri], requests);
    }

    [Fact]
    public async Task A_screenshot_of_the_execution_report_is_not_blank()
    {
        var page = await Open(Twap());

        var chart = await page.QuerySelectorAsync("#schedule-chart");
        var pixels = PngPixels.Decode(await chart!.ScreenshotAsync());

        Assert.True(pixels.LuminanceVariance() > 20, $"schedule chart variance {pixels.LuminanceVariance()}");
        Assert.True(pixels.DistinctColours() > 10, $"{pixels.DistinctColours()} colours");
    }
}
