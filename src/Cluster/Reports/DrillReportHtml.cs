using System.Text;
using Hive.Cluster.Drills;
using static Hive.Cluster.Reports.ReportFormat;

namespace Hive.Cluster.Reports;

/// <summary>
/// The drills' HTML report: one self-contained file (inline CSS and SVG, no script, nothing loaded from the network) with
/// the verdict, a table of the drills and, per drill, its figures, a timeline of the operations acknowledged, refused and
/// unknown each second (time since the load started) with the fault window shaded and the moment every account served
/// again marked, and every
/// violation the checker found. It depends only on the results, so the same drills give the same bytes.
/// </summary>
public static class DrillReportHtml
{
    public static void Write(IReadOnlyList<DrillRunResult> results, string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, Render(results), new UTF8Encoding(false));
    }

    public static string Render(IReadOnlyList<DrillRunResult> results)
    {
        var ok = results.All(r => r.Verdict.Ok);
        var sb = new StringBuilder(32 * 1024);
        ReportStyles.Head(sb, $"Hive drills: {(ok ? "ok" : "failed")}");
        sb.Append($"<header><h1 id=\"verdict\" class=\"verdict-{(ok ? "ok" : "failed")}\">Drills: {(ok ? "ok" : "failed")}</h1>");
        sb.Append($"<p class=\"sub\">{Integer(results.Count)} drill(s) · {Integer(results.Sum(r => r.Verdict.Lost))} lost · " +
                  $"{Integer(results.Sum(r => r.Verdict.Duplicated))} duplicated · " +
                  $"{Integer(results.Sum(r => r.Verdict.Acknowledged))} operations acknowledged</p></header>\n");

        sb.Append("<section><h2>Drills</h2><table id=\"drills\"><thead><tr>");
        foreach (var h in new[] { "#", "scenario", "seed", "node lost", "ok", "fail", "info", "lost", "dup", "failover", "all served", "verdict" })
            sb.Append($"<th>{h}</th>");
        sb.Append("</tr></thead><tbody>");
        for (var i = 0; i < results.Count; i++)
        {
            var r = results[i];
            sb.Append($"<tr><td><a href=\"#drill-{i + 1}\">{i + 1}</a></td><td>{Html(r.Scenario)}</td><td>{r.Seed}</td><td>{Html(r.Victim)}</td>" +
                      $"<td>{Integer(r.Verdict.Acknowledged)}</td><td>{Integer(r.Verdict.Refused)}</td><td>{Integer(r.Verdict.Unknown)}</td>" +
                      $"<td>{r.Verdict.Lost}</td><td>{r.Verdict.Duplicated}</td><td>{Seconds(r.FailoverSeconds)}</td><td>{Seconds(r.AllServedSeconds)}</td>" +
                      $"<td class=\"verdict-{(r.Verdict.Ok ? "ok" : "failed")}\">{(r.Verdict.Ok ? "ok" : "failed")}</td></tr>");
        }
        sb.Append("</tbody></table></section>\n");

        for (var i = 0; i < results.Count; i++) Drill(sb, i + 1, results[i]);

        sb.Append("<footer>Hive drill report (hive drill run). ok = acknowledged, fail = refused, info = unknown (timed out or cut off); " +
                  "failover = from the fault to the first command an account of the lost node accepted on a survivor.</footer>");
        sb.Append("</body></html>\n");
        return sb.ToString();
    }

    private static void Drill(StringBuilder sb, int n, DrillRunResult r)
    {
        sb.Append($"<section id=\"drill-{n}\"><h2>Drill {n}: {Html(r.Scenario)} of {Html(r.Victim)}, seed {r.Seed}</h2>");
        sb.Append($"<p class=\"sub\">fault at {Number(r.FaultAtSeconds, "0.0")} s · failover {Seconds(r.FailoverSeconds)} · every account of the lost node " +
                  $"served again after {Seconds(r.AllServedSeconds)} (per account p50 {Seconds(r.UnavailableP50Seconds)}, p99 {Seconds(r.UnavailableP99Seconds)}) · " +
                  $"acknowledged operations a second before / during / after: {Number(r.ThroughputBefore, "0.0")} / {Number(r.ThroughputDuring, "0.0")} / " +
                  $"{Number(r.ThroughputAfter, "0.0")}</p>");
        ChartPoint At(DrillSecond s, int value) => new(DateTime.UnixEpoch.AddSeconds(s.Second).Ticks, value);
        sb.Append(SvgTimeChart.Render($"timeline-{n}", "Operations per second, by outcome (time since the load started)",
        [
            new ChartSeries("ok", "ok", r.Timeline.Select(s => At(s, s.Ok)).ToList()),
            new ChartSeries("fail", "fail", r.Timeline.Select(s => At(s, s.Fail)).ToList()),
            new ChartSeries("info", "info", r.Timeline.Select(s => At(s, s.Info)).ToList()),
        ], v => Number(v, "0"), includeZero: true, Markers(r)));
        if (r.Verdict.Violations.Count == 0)
            sb.Append($"<p id=\"violations-{n}\" class=\"verdict-ok\">The checker found nothing wrong.</p>");
        else
        {
            sb.Append($"<table id=\"violations-{n}\"><thead><tr><th>code</th><th>violation</th></tr></thead><tbody>");
            foreach (var v in r.Verdict.Violations) sb.Append($"<tr><td class=\"verdict-failed\">{Html(v.Code)}</td><td>{Html(v.Message)}</td></tr>");
            sb.Append("</tbody></table>");
        }
        sb.Append("</section>\n");
    }

    /// <summary>The fault (shaded while it lasted: a held journal lock, a stopped database; a line for a kill or a
    /// SIGTERM) and the moment every probed account served again.</summary>
    private static List<ChartMarker> Markers(DrillRunResult r)
    {
        static double At(double seconds) => DateTime.UnixEpoch.AddSeconds(seconds).Ticks;
        var markers = new List<ChartMarker> { new("fault", "fault", At(r.FaultAtSeconds), At(r.FaultEndSeconds ?? r.FaultAtSeconds)) };
        if (r.AllServedSeconds is { } served)
            markers.Add(new ChartMarker("served", "all served", At(r.FaultAtSeconds + served), At(r.FaultAtSeconds + served)));
        return markers;
    }

    private static string Seconds(double? value) => value is { } s ? Number(s, "0.0") + " s" : "-";
}
