using System.Text.Json;
using Hive.Cluster.Drills;
using Hive.Cluster.Reports;
using Hive.Core.Drills;
using Microsoft.Playwright;

namespace Hive.Cluster.Tests.Reports;

/// <summary>The drills' report from hand-made results, opened offline in headless Chromium: the verdict, the table of
/// drills, a timeline per drill with every second drawn and the fault marked, and the violations of a failed drill.</summary>
public sealed class DrillReportSpecs(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("hive-drill-report-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static DrillRunResult Result(string scenario, int seed, params DrillViolation[] violations)
    {
        // 40 ok a second, a dip to 5 (with timeouts) for ten seconds after the fault at 15 s.
        var timeline = Enumerable.Range(0, 40).Select(s => s is >= 15 and < 25 ? new DrillSecond(s, 5, 1, 30) : new DrillSecond(s, 40, 0, 0)).ToList();
        var verdict = new DrillVerdict(timeline.Sum(t => t.Ok), timeline.Sum(t => t.Fail), timeline.Sum(t => t.Info),
            violations.Count(v => v.Code.StartsWith("lost", StringComparison.Ordinal)), 0, violations);
        return new DrillRunResult(scenario, seed, "node1", 15.2, 9.1, 9.6, 9.3, 9.6, 40, 5, 40, verdict, timeline, "/tmp/x");
    }

    [Fact]
    public async Task A_failed_suite_says_so_shows_every_drill_and_its_violations_and_draws_each_timeline()
    {
        var results = new[]
        {
            Result("kill", 1),
            Result("db-restart", 2, new DrillViolation("lost-order", "order d-1-o7 was acknowledged and does not exist <b>")) with { FaultEndSeconds = 20.2 },
        };
        var html = DrillReportHtml.Render(results);
        Assert.Equal(html, DrillReportHtml.Render(results)); // deterministic
        Assert.Contains("order d-1-o7 was acknowledged and does not exist &lt;b&gt;", html);

        var path = Path.Combine(folder, "report.html");
        DrillReportHtml.Write(results, path);
        var problems = new List<string>();
        var requests = new List<string>();
        var page = await chromium.OpenOfflineAsync(path, problems, requests);

        Assert.Equal("Drills: failed", await page.InnerTextAsync("#verdict"));
        Assert.Equal(2, await page.EvaluateAsync<int>("() => document.querySelectorAll('#drills tbody tr').length"));
        Assert.Equal("The checker found nothing wrong.", await page.InnerTextAsync("#violations-1"));
        Assert.Contains("lost-order", await page.InnerTextAsync("#violations-2"));
        foreach (var n in new[] { 1, 2 })
        {
            var lines = await page.EvaluateAsync<JsonElement>(
                $"() => [...document.querySelectorAll('#timeline-{n} path.line')].map(p => ({{ cls: p.classList[0], points: Number(p.dataset.points), width: p.getBBox().width, height: p.getBBox().height }}))");
            Assert.Equal(["ok", "fail", "info"], lines.EnumerateArray().Select(l => l.GetProperty("cls").GetString()));
            foreach (var line in lines.EnumerateArray())
            {
                Assert.Equal(40, line.GetProperty("points").GetInt32());
                Assert.InRange(line.GetProperty("width").GetDouble(), SvgTimeChart.PlotWidth - 1, SvgTimeChart.PlotWidth + 1);
            }
            // The ok line dips at the fault: it spans most of the plot's height.
            Assert.True(lines[0].GetProperty("height").GetDouble() > SvgTimeChart.PlotHeight / 2.0);
        }
        // The fault is marked where it happened on the time axis (0-39 s): a kill as a line at 15.2 s, a database stopped
        // from 15.2 s to 20.2 s as a shaded span; a dashed line where every account served again (9.6 s after the fault).
        const string marks = "n => [...document.querySelectorAll(`#timeline-${n} .marker`)].map(m => ({ cls: m.getAttribute('class'), " +
                             "x: (m.getBBox().x - m.ownerSVGElement.querySelector('.frame').getBBox().x) / m.ownerSVGElement.querySelector('.frame').getBBox().width, " +
                             "width: m.getBBox().width / m.ownerSVGElement.querySelector('.frame').getBBox().width }))";
        var kill = await page.EvaluateAsync<JsonElement>($"({marks})(1)");
        Assert.Equal(["fault marker", "served marker"], kill.EnumerateArray().Select(m => m.GetProperty("cls").GetString()));
        Assert.InRange(kill[0].GetProperty("x").GetDouble(), 15.2 / 39 - 0.005, 15.2 / 39 + 0.005);
        Assert.InRange(kill[0].GetProperty("width").GetDouble(), 0, 0.001);
        Assert.InRange(kill[1].GetProperty("x").GetDouble(), 24.8 / 39 - 0.005, 24.8 / 39 + 0.005);
        var restart = await page.EvaluateAsync<JsonElement>($"({marks})(2)");
        Assert.Equal("rect", await page.EvaluateAsync<string>("() => document.querySelector('#timeline-2 .fault.marker').tagName"));
        Assert.InRange(restart[0].GetProperty("x").GetDouble(), 15.2 / 39 - 0.005, 15.2 / 39 + 0.005);
        Assert.InRange(restart[0].GetProperty("width").GetDouble(), 5 / 39.0 - 0.005, 5 / 39.0 + 0.005);
        Assert.Equal("fault", await page.EvaluateAsync<string>("() => document.querySelector('#timeline-2 .fault.marker-label').textContent"));
        // The time axis counts from the load's start, to the second.
        Assert.Contains("00:00:00", await page.EvaluateAsync<string>("() => document.querySelector('#timeline-1').textContent"));
        Assert.Empty(problems);
        Assert.Equal([new Uri(path).AbsoluteUri], requests);
    }
}
