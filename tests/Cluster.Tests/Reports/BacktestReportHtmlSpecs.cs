using System.Text.RegularExpressions;
using Hive.Cluster.Reports;
using Hive.Core.Backtesting;

namespace Hive.Cluster.Tests.Reports;

public sealed class BacktestReportHtmlSpecs
{
    private static string MetricCell(string html, string key) =>
        Regex.Match(html, $"<tr data-metric=\"{key}\"><th>[^<]*</th><td>([^<]*)</td>").Groups[1].Value;

    [Fact]
    public void Metrics_show_ratios_as_percentages_and_money_with_two_decimals()
    {
        var html = BacktestReportHtml.Render(ReportSamples.Small());

        Assert.Equal("12.34%", MetricCell(html, "total-return"));
        Assert.Equal("5.67%", MetricCell(html, "cagr"));
        Assert.Equal("20.00%", MetricCell(html, "annual-volatility"));
        Assert.Equal("1.23", MetricCell(html, "sharpe"));
        Assert.Equal("1.50", MetricCell(html, "sortino"));
        Assert.Equal("-15.25%", MetricCell(html, "max-drawdown"));
        Assert.Equal("42 days", MetricCell(html, "max-drawdown-days"));
        Assert.Equal("60.00%", MetricCell(html, "win-rate"));
        Assert.Equal("∞", MetricCell(html, "profit-factor"));
        Assert.Equal("75.00%", MetricCell(html, "exposure"));
        Assert.Equal("3.46× / year", MetricCell(html, "turnover"));
        Assert.Equal("n/a", MetricCell(html, "alpha"));
        Assert.Equal("0.90", MetricCell(html, "beta"));
        Assert.Equal("112,340.50 USD", MetricCell(html, "final-equity"));
        Assert.Equal("123.46 USD", MetricCell(html, "total-fees"));
    }

    [Fact]
    public void Header_names_the_strategy_parameters_instruments_period_and_settings()
    {
        var html = BacktestReportHtml.Render(ReportSamples.Small());

        Assert.Contains("<h1 id=\"strategy\">Backtest: sma-cross</h1>", html);
        Assert.Contains("<tr><th>fast</th><td>10</td></tr>", html);
        Assert.Contains("<tr><th>slow</th><td>30</td></tr>", html);
        Assert.Contains("<tr><th>fill</th><td>next-open</td></tr>", html);
        Assert.Contains("<tr><th>commission</th><td>0.001</td></tr>", html);
        Assert.Contains("SIM:SPX · 2020-11-02 to 2021-02-26 · 117 bars · initial cash 100,000.00 USD", html);
    }

    [Fact]
    public void Every_trade_appears_as_a_row_and_the_open_one_is_marked()
    {
        var html = BacktestReportHtml.Render(ReportSamples.Small());

        var rows = Regex.Matches(html, "<tr class=\"trade( open)?\">(.*?)</tr>");
        Assert.Equal(3, rows.Count);
        Assert.Equal(["", "", " open"], rows.Select(r => r.Groups[1].Value));
        var first = Regex.Matches(rows[0].Groups[2].Value, "<td[^>]*>(.*?)</td>").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["1", "SIM:SPX", "long", "2020-11-05", "3,500.25", "2020-12-01", "3,650.50", "10", "1,502.50", "71.51", "1,430.99", "closed"], first);
        Assert.Contains("<td class=\"num neg\">-287.25</td>", rows[1].Value);
        Assert.Contains("3,900.125", rows[2].Value);
        Assert.Contains("2.5</td>", rows[2].Value);
        Assert.Contains("open, marked at last close", rows[2].Value);
        Assert.Contains("Trades (3; 2 fills)", html);
    }

    [Fact]
    public void Heat_map_has_a_cell_per_month_of_every_year_coloured_by_sign()
    {
        var html = BacktestReportHtml.Render(ReportSamples.Small());

        // Two calendar years (2020, 2021) × 12 months; four of them carry a return.
        var heat = Regex.Match(html, "<table id=\"heatmap\".*?</table>").Value;
        Assert.Equal(["2020", "2021"], Regex.Matches(heat, "<tr><th>(\\d{4})</th>").Select(m => m.Groups[1].Value));
        var months = Regex.Matches(heat, "<td class=\"hm( strong)?\" data-period=\"([0-9-]+)\" data-return=\"[^\"]*\" style=\"background:#([0-9a-f]{6})\" title=\"[^\"]*\">([^<]*)</td>");
        Assert.Equal(["2020-11", "2020-12", "2021-01", "2021-02"], months.Select(m => m.Groups[2].Value));
        Assert.Equal(["+1.2%", "-4.6%", "+7.9%", "0.0%"], months.Select(m => m.Groups[4].Value));
        Assert.Equal(24 - 4, Regex.Matches(heat, "<td class=\"hm-none\"></td>").Count);

        var rgb = months.Select(m => Convert.FromHexString(m.Groups[3].Value)).ToList();
        Assert.True(rgb[0][1] > rgb[0][0], "a gain is green");
        Assert.True(rgb[1][0] > rgb[1][1], "a loss is red");
        Assert.Equal("1a9850", months[2].Groups[3].Value); // the largest month gets the full gain colour
        Assert.Equal("ffffff", months[3].Groups[3].Value); // a flat month is white

        // Year column compounds the months: 2020 = 1.0123 × 0.9544 − 1 = −3.39%, 2021 = +7.89%.
        Assert.Contains("data-period=\"2020\" data-return=\"-0.0338608", heat);
        Assert.Matches("data-period=\"2021\"[^>]*>\\+7\\.9%<", heat);
    }

    [Fact]
    public void Hostile_text_in_names_and_parameters_is_escaped()
    {
        var html = BacktestReportHtml.Render(ReportSamples.Small(strategy: "a&b <img src=x onerror=alert(1)>"));

        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<img", html);
        Assert.Contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;", html);
        Assert.Contains("Backtest: a&amp;b &lt;img src=x onerror=alert(1)&gt;", html);
    }

    [Fact]
    public void Report_is_self_contained_and_the_same_result_renders_the_same_bytes()
    {
        var html = BacktestReportHtml.Render(ReportSamples.Walk(400));

        Assert.Equal(html, BacktestReportHtml.Render(ReportSamples.Walk(400)));
        Assert.DoesNotMatch("(src|href)\\s*=", html);
        Assert.DoesNotContain("@import", html);
        Assert.DoesNotContain("url(", html);
        Assert.Contains("default-src 'none'", html);
    }

    [Fact]
    public void Charts_draw_every_point_of_a_short_curve_and_the_benchmark()
    {
        var html = BacktestReportHtml.Render(ReportSamples.Walk(400));

        Assert.Matches("<path class=\"equity line\" data-points=\"400\" d=\"M72,", html);
        Assert.Matches("<path class=\"benchmark line\" data-points=\"400\"", html);
        Assert.Matches("<path class=\"drawdown line\" data-points=\"400\"", html);
        Assert.Contains("<path class=\"drawdown area\"", html);
    }

    [Fact]
    public void A_million_bar_backtest_draws_at_most_two_thousand_points_per_curve_and_stays_small()
    {
        // Minute bars zig-zagging between 100k and 140k with a fine saw-tooth on top: cheap to build, many extremes.
        var start = ReportSamples.Day(2020, 1, 1);
        var equity = new EquityPoint[1_000_000];
        for (var i = 0; i < equity.Length; i++)
        {
            var value = 100_000m + Math.Abs(i % 80_000 - 40_000) + i % 997 / 100m;
            equity[i] = new EquityPoint(new DateTime(start.Ticks + i * TimeSpan.TicksPerMinute, DateTimeKind.Utc), value, -(i % 5_000) / 50_000m, 100_000m + i / 10m);
        }

        var trades = Enumerable.Range(0, 2_000).Select(k => new TradeRecord("SIM:SPX", "long", start.AddMinutes(k * 500), 100m,
            start.AddMinutes(k * 500 + 10), 101m, 1m, 1m, 0.1m, 0.9m, false)).ToList();
        var result = ReportSamples.Small() with { Equity = equity, Trades = trades, Bars = equity.Length };

        var html = BacktestReportHtml.Render(result);

        var counts = Regex.Matches(html, "data-points=\"(\\d+)\"").Select(m => int.Parse(m.Groups[1].Value)).ToList();
        Assert.Equal(3, counts.Count);
        Assert.All(counts, c => Assert.InRange(c, 1000, CurveDownsampler.DefaultMaxPoints));
        Assert.Equal(2_000, result.Trades.Count);
        Assert.InRange(html.Length, 1, 1_200_000);
    }

    [Fact]
    public void Beyond_the_row_limit_the_first_and_last_trades_are_shown_with_the_count_left_out()
    {
        var result = ReportSamples.Walk(230); // trades start every 20 bars: 0, 20, ..., 200 → 11 trades

        var html = BacktestReportHtml.Render(result, CurveDownsampler.DefaultMaxPoints, maxTradeRows: 4);

        var numbers = Regex.Matches(html, "<tr class=\"trade\"><td class=\"num\">(\\d+)</td>").Select(m => m.Groups[1].Value);
        Assert.Equal(["1", "2", "10", "11"], numbers);
        Assert.Contains("… 7 trades not shown here (the JSON report lists all 11) …", html);
    }

    [Fact]
    public void An_empty_backtest_still_renders_with_placeholders()
    {
        var empty = new BacktestResult("buy-and-hold", new Dictionary<string, string>(), ["SIM:SPX"], "USD", 1_000m,
            ReportSamples.Day(2020, 1, 1), ReportSamples.Day(2020, 1, 1), 0, new Dictionary<string, string>(),
            ReportSamples.Metrics with { Sharpe = double.NaN }, [], [], [], []);

        var html = BacktestReportHtml.Render(empty);

        Assert.Contains(">no data</text>", html);
        Assert.Contains("No trades.", html);
        Assert.Contains("No monthly returns", html);
        Assert.Equal("n/a", MetricCell(html, "sharpe"));
    }

    [Fact]
    public void Write_creates_the_folder_and_refuses_a_folder_as_the_file()
    {
        var dir = Path.Combine(Path.GetTempPath(), "hive-report-" + Guid.NewGuid().ToString("N"));
        try
        {
            var path = Path.Combine(dir, "nested", "report.html");
            BacktestReportHtml.Write(ReportSamples.Small(), path);
            Assert.Equal(BacktestReportHtml.Render(ReportSamples.Small()), File.ReadAllText(path));

            var error = Assert.Throws<ArgumentException>(() => BacktestReportHtml.Write(ReportSamples.Small(), dir));
            Assert.Equal("path", error.ParamName);
            Assert.Contains("is a folder", error.Message);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void A_month_outside_1_to_12_is_refused_with_the_month_named()
    {
        var bad = ReportSamples.Small() with { MonthlyReturns = [new MonthlyReturn(2020, 13, 0.01)] };

        var error = Assert.Throws<ArgumentException>(() => BacktestReportHtml.Render(bad));
        Assert.Contains("2020-13", error.Message);
    }
}
