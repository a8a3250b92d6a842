using System.Text;
using System.Text.Json;
using Hive.Core.Backtesting;

namespace Hive.Cluster.Reports;

/// <summary>One order's lifecycle (the API's <c>steps</c>) as CSV, oldest step first: when, what, the status after it, who
/// caused it and why.</summary>
public static class OrderLifecycleCsv
{
    public const string Header = "at,event,status,by,detail";

    public static string Write(JsonElement lifecycle)
    {
        var text = new StringBuilder().AppendLine(Header);
        foreach (var step in lifecycle.GetProperty("steps").EnumerateArray())
        {
            var cells = new[] { "event", "status", "by", "detail" }.Select(name => BacktestCsv.Quote(step.GetProperty(name).GetString() ?? ""));
            text.AppendLine(string.Join(',', cells.Prepend(ReportFormat.CsvTime(step.GetProperty("at").GetDateTime()))));
        }
        return text.ToString();
    }
}
