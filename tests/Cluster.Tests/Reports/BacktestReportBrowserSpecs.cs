using System.Text.Json;
using Hive.Cluster.Reports;
using Hive.Core.Backtesting;
using Microsoft.Playwright;

namespace Hive.Cluster.Tests.Reports;

/// <summary>The report opened in headless Chromium from a file, with the network cut: the charts must have drawn.</summary>
public sealed class BacktestReportBrowserSpecs(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("hive-report-").FullName;
    private readonly List<string> problems = [];
    private readonly List<string> requests = [];

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private async Task<IPage> Open(BacktestResult result)
    {
        var path = Path.Combine(folder, "report.html");
        BacktestReportHtml.Write(result, path);
        var page = await chromium.OpenOfflineAsync(path, problems, requests);
        return page;
    }

    private static async Task<JsonElement> Box(IPage page, string selector) =>
        await page.EvaluateAsync<JsonElement>(
            """
            selector => {
              const el = document.querySelector(selector);
              if (!el) return null;
              const b = el.getBBox();
              const d = el.getAttribute('d') || '';
              return { x: b.x, y: b.y, width: b.width, height: b.height,
                       points: (d.match(/[ML]/g) || []).length, length: el.getTotalLength(),
                       shown: el.ownerSVGElement.getBoundingClientRect().width };
            }
            """, selector);

    [Fact]
    public async Task Opened_offline_the_equity_benchmark_and_drawdown_charts_draw_with_every_point()
    {
        var result = ReportSamples.Walk(750);
        var page = await Open(result);

        foreach (var selector in new[] { "#equity-chart path.equity.line", "#equity-chart path.benchmark.line", "#drawdown-chart path.drawdown.line" })
        {
            var box = await Box(page, selector);
            Assert.True(box.ValueKind == JsonValueKind.Object, $"{selector} is missing");
            Assert.Equal(750, box.GetProperty("points").GetInt32());
            // The curve spans the plot's width (it starts at the first bar and ends at the last) and moves vertically.
            Assert.InRange(box.GetProperty("width").GetDouble(), SvgTimeChart.PlotWidth - 1, SvgTimeChart.PlotWidth + 1);
            Assert.True(box.GetProperty("height").GetDouble() > 40, $"{selector} is flat: {box}");
            Assert.True(box.GetProperty("length").GetDouble() > SvgTimeChart.PlotWidth, $"{selector} is too short: {box}");
            Assert.True(box.GetProperty("shown").GetDouble() > 600, $"{selector}'s chart is laid out too small: {box}");
        }

        var area = await Box(page, "#drawdown-chart path.drawdown.area");
        Assert.True(area.GetProperty("height").GetDouble() > 20, $"drawdown area: {area}");
        Assert.Empty(problems);
        Assert.Equal([new Uri(Path.Combine(folder, "report.html")).AbsoluteUri], requests);
    }

    [Fact]
    public async Task The_rolling_var_and_cvar_draw_and_the_denials_are_listed_by_code()
    {
        var walk = ReportSamples.Walk(750);
        var result = walk with
        {
            RollingVar = Hive.Core.Risk.RollingVar.Of(walk.Equity.Select(p => p.Time).ToList(), walk.Equity.Select(p => p.Equity).ToList(), walk.InitialCash, 0.95),
            Denials = new SortedDictionary<string, int> { ["max-drawdown"] = 3, ["order-rate-exceeded"] = 1_204 },
        };
        var page = await Open(result);

        // 750 bars: 501 windows of 250 returns, every second one drawn (and the last), so 251 points each.
        foreach (var selector in new[] { "#rolling-var path.var.line", "#rolling-var path.cvar.line" })
        {
            var box = await Box(page, selector);
            Assert.True(box.ValueKind == JsonValueKind.Object, $"{selector} is missing");
            Assert.Equal(251, box.GetProperty("points").GetInt32());
            Assert.True(box.GetProperty("height").GetDouble() > 2, $"{selector} is flat: {box}");
            Assert.True(box.GetProperty("shown").GetDouble() > 600, $"{selector}'s chart is laid out too small: {box}");
        }
        // CVaR is the mean of the tail beyond the VaR: never below it, so its line is never lower on the page.
        Assert.All(result.RollingVar, p => Assert.True(p.Cvar >= p.Var, $"{p}"));
        var rows = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('#denials tr')].map(r => r.innerText.replace(/\\s+/g, ' ').trim())");
        Assert.Equal(["max-drawdown 3", "order-rate-exceeded 1,204"], rows);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task The_heat_map_shows_every_month_green_for_gains_and_red_for_losses()
    {
        var result = ReportSamples.Walk(750);
        var page = await Open(result);

        var cells = await page.EvaluateAsync<JsonElement>(
            """
            () => [...document.querySelectorAll('#heatmap td.hm')].map(td => {
              const [r, g] = getComputedStyle(td).backgroundColor.match(/\d+/g).map(Number);
              return { ret: Number(td.dataset.return), r, g, visible: td.getBoundingClientRect().width > 20 };
            })
            """);

        Assert.Equal(result.MonthlyReturns.Count, cells.GetArrayLength());
        foreach (var cell in cells.EnumerateArray())
        {
            var ret = cell.GetProperty("ret").GetDouble();
            int r = cell.GetProperty("r").GetInt32(), g = cell.GetProperty("g").GetInt32();
            Assert.True(cell.GetProperty("visible").GetBoolean());
            if (ret > 0) Assert.True(g > r, $"gain {ret} drawn rgb({r},{g},..)");
            if (ret < 0) Assert.True(r > g, $"loss {ret} drawn rgb({r},{g},..)");
        }

        var rows = await page.EvaluateAsync<int>("() => document.querySelectorAll('#trades tr.trade').length");
        Assert.Equal(result.Trades.Count, rows);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task A_screenshot_of_the_report_is_not_blank()
    {
        var page = await Open(ReportSamples.Walk(750));

        var png = await page.ScreenshotAsync(new PageScreenshotOptions { Type = ScreenshotType.Png });
        var pixels = PngPixels.Decode(png);

        Assert.Equal((1100, 1400), (pixels.Width, pixels.Height));
        Assert.True(pixels.LuminanceVariance() > 100, $"variance {pixels.LuminanceVariance()}");
        Assert.True(pixels.DistinctColours() > 50, $"{pixels.DistinctColours()} colours");
        var chart = await page.QuerySelectorAsync("#equity-chart");
        var chartPixels = PngPixels.Decode(await chart!.ScreenshotAsync());
        Assert.True(chartPixels.LuminanceVariance() > 20, $"equity chart variance {chartPixels.LuminanceVariance()}");
    }

    [Fact]
    public async Task Hostile_text_shows_as_text_and_runs_nothing()
    {
        const string strategy = "x<img src=nowhere onerror=\"window.pwned=1\">";
        var page = await Open(ReportSamples.Small(strategy, hostileValue: "<script>window.pwned=2</script>"));

        Assert.Equal("Backtest: " + strategy, await page.InnerTextAsync("#strategy"));
        Assert.Contains("<script>window.pwned=2</script>", await page.InnerTextAsync("#parameters"));
        Assert.Equal("undefined", await page.EvaluateAsync<string>("() => typeof window.pwned"));
        Assert.Equal(0, await page.EvaluateAsync<int>("() => document.querySelectorAll('img, script').length"));
    }
}
