using System.Text;

namespace Hive.Cluster.Reports;

/// <summary>The report's only stylesheet, inlined so the file opens offline; system fonts only.</summary>
internal static class ReportStyles
{
    /// <summary>Opens a self-contained report page: its head, with a Content-Security-Policy that forbids every network load,
    /// the stylesheet (plus <paramref name="extraCss"/>) inlined, and the title; the body follows.</summary>
    public static void Head(StringBuilder sb, string title, string extraCss = "")
    {
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
        sb.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">");
        sb.Append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">");
        sb.Append($"<title>{ReportFormat.Html(title)}</title><style>{Css}{extraCss}</style></head>\n<body>");
    }

    public const string Css = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif;margin:24px auto;max-width:1000px;color:#1f2328;background:#fff;padding:0 16px}
        h1{font-size:1.5em;margin:0 0 4px}h2{font-size:1.15em;margin:28px 0 8px;border-bottom:1px solid #d0d7de;padding-bottom:4px}
        .sub{color:#57606a;margin:0 0 12px}
        table{border-collapse:collapse;font-size:13px}
        th,td{padding:3px 8px;border-bottom:1px solid #eaeef2;text-align:left;vertical-align:top}
        .kv th{color:#57606a;font-weight:600;white-space:nowrap}
        .grid2{display:flex;flex-wrap:wrap;gap:24px}
        .metrics td{text-align:right;font-variant-numeric:tabular-nums}
        .chart{width:100%;height:auto;display:block}
        .chart .grid line{stroke:#eaeef2;stroke-width:1}.chart .grid .xtick{stroke:#8c959f}
        .chart .frame{fill:none;stroke:#d0d7de}
        .chart text{font-size:11px;fill:#57606a}.chart .legend{font-size:12px;fill:#1f2328}
        .chart .line{fill:none;stroke-width:1.5;stroke-linejoin:round}
        .chart .equity.line{stroke:#0969da}.chart .equity.swatch{fill:#0969da}
        .chart .benchmark.line{stroke:#8c959f;stroke-dasharray:4 3}.chart .benchmark.swatch{fill:#8c959f}
        .chart .drawdown.line{stroke:#cf222e}.chart .drawdown.area{fill:#cf222e;fill-opacity:.25;stroke:none}.chart .drawdown.swatch{fill:#cf222e}
        .chart .ok.line{stroke:#1a7f37}.chart .ok.swatch{fill:#1a7f37}.chart .fail.line{stroke:#bf8700}.chart .fail.swatch{fill:#bf8700}
        .chart .info.line{stroke:#cf222e}.chart .info.swatch{fill:#cf222e}
        .chart rect.fault.marker{fill:#cf222e;fill-opacity:.12;stroke:none}.chart line.fault.marker{stroke:#cf222e;stroke-width:2}
        .chart line.served.marker{stroke:#1a7f37;stroke-dasharray:4 3}.chart .marker-label{font-size:11px;fill:#1f2328}
        .verdict-ok{color:#1a7f37}.verdict-failed{color:#cf222e}
        .chart .price.line{stroke:#0969da}.chart .price.swatch{fill:#0969da}
        .chart .var.line{stroke:#bf8700}.chart .var.swatch{fill:#bf8700}.chart .cvar.line{stroke:#cf222e}.chart .cvar.swatch{fill:#cf222e}
        .chart .fills.line{stroke:#bf8700;stroke-width:2.5}.chart .fills.swatch{fill:#bf8700}
        .chart .planned.line{stroke:#8c959f;stroke-dasharray:4 3}.chart .planned.swatch{fill:#8c959f}
        .chart .filled.line{stroke:#1a7f37}.chart .filled.swatch{fill:#1a7f37}
        .chart .volume.line{stroke:#8c959f}.chart .volume.swatch{fill:#8c959f}
        .chart .executed.line{stroke:#cf222e}.chart .executed.swatch{fill:#cf222e}
        .heatmap td,.heatmap th{text-align:center;min-width:46px;border:1px solid #fff;font-variant-numeric:tabular-nums}
        .heatmap td.strong{color:#fff}.heatmap .hm-year{font-weight:600}.heatmap .hm-none{background:#f6f8fa}
        .trades td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
        .trades td.at{white-space:nowrap;font-variant-numeric:tabular-nums}
        .trades tr.open{background:#fff8c5}.trades .badge{background:#bf8700;color:#fff;border-radius:8px;padding:0 6px;font-size:11px;white-space:nowrap}
        .trades tr.omitted td{text-align:center;color:#57606a;font-style:italic}
        .pos{color:#1a7f37}.neg{color:#cf222e}.empty{color:#57606a;font-style:italic}
        .tablewrap{max-height:600px;overflow:auto;border:1px solid #d0d7de}
        footer{margin-top:32px;color:#8c959f;font-size:12px}
        """;
}
