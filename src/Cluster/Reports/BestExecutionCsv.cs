using System.Text;
using System.Text.Json;
using Hive.Core.Orders.BestExecution;

namespace Hive.Cluster.Reports;

/// <summary>The best-execution summary as CSV, one row per <see cref="BestExecutionRow"/> (an empty cell: no figure), from the API's JSON.</summary>
public static class BestExecutionCsv
{
    public const string Header = "group,venue,instrument,type,orders,quantity,filled_quantity,fill_rate,slippage_vs_arrival_bps," +
                                 "slippage_vs_vwap_bps,fees_per_notional_bps,fees,time_to_fill_p50_s,time_to_fill_p95_s";

    public static string Write(JsonElement report)
    {
        var text = new StringBuilder().AppendLine(Header);
        foreach (var r in report.GetProperty("rows").Deserialize<List<BestExecutionRow>>(JsonSerializerOptions.Web) ?? [])
            text.AppendLine(string.Join(',', r.Group, r.Venue, r.Instrument, r.Type, r.Orders.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Figure(r.Quantity), Figure(r.FilledQuantity), Figure(r.FillRate), Figure(r.SlippageVsArrivalBps), Figure(r.SlippageVsVwapBps),
                Figure(r.FeesPerNotionalBps), Figure(r.Fees), Figure(r.TimeToFillP50Seconds), Figure(r.TimeToFillP95Seconds)));
        return text.ToString();
    }

    private static string Figure(decimal? value) => value is { } v ? ReportFormat.CsvNumber(v) : "";
}
