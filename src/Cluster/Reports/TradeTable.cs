using System.Text;
using Hive.Core.Backtesting;
using static Hive.Cluster.Reports.ReportFormat;

namespace Hive.Cluster.Reports;

/// <summary>
/// The round-trip trades as a table. Open trades (marked at the last close) are flagged and highlighted. A backtest
/// with more trades than <c>maxRows</c> shows the first and last halves with a row saying how many were left out,
/// so the report stays small; the JSON report always has them all.
/// </summary>
internal static class TradeTable
{
    public const int DefaultMaxRows = 2000;

    public static string Render(IReadOnlyList<TradeRecord> trades, int maxRows = DefaultMaxRows)
    {
        if (trades.Count == 0) return "<p class=\"empty\">No trades.</p>";
        var sb = new StringBuilder("<table id=\"trades\" class=\"trades\"><thead><tr>");
        foreach (var h in new[] { "#", "Instrument", "Side", "Entry time", "Entry price", "Exit time", "Exit price", "Quantity",
                     "Gross P&L", "Fees", "Net P&L", "Status" })
            sb.Append("<th>").Append(Html(h)).Append("</th>");
        sb.Append("</tr></thead><tbody>");

        var head = trades.Count <= maxRows ? trades.Count : maxRows / 2;
        var tailStart = trades.Count <= maxRows ? trades.Count : trades.Count - (maxRows - head);
        for (var i = 0; i < head; i++) Row(sb, i, trades[i]);
        if (tailStart > head)
        {
            sb.Append($"<tr class=\"omitted\"><td colspan=\"12\">… {Integer(tailStart - head)} trades not shown here (the JSON report lists all {Integer(trades.Count)}) …</td></tr>");
            for (var i = tailStart; i < trades.Count; i++) Row(sb, i, trades[i]);
        }

        sb.Append("</tbody></table>");
        return sb.ToString();
    }

    private static void Row(StringBuilder sb, int index, TradeRecord t)
    {
        sb.Append(t.Open ? "<tr class=\"trade open\">" : "<tr class=\"trade\">");
        Td(sb, Integer(index + 1), "num");
        Td(sb, Html(t.Instrument));
        Td(sb, Html(t.Side));
        Td(sb, Time(t.EntryTime));
        Td(sb, Price(t.EntryPrice), "num");
        Td(sb, t.ExitTime is { } exit ? Time(exit) : "—");
        Td(sb, t.ExitPrice is { } price ? Price(price) : "—", "num");
        Td(sb, Quantity(t.Quantity), "num");
        Td(sb, Money(t.GrossPnl), "num " + Sign(t.GrossPnl));
        Td(sb, Money(t.Fees), "num");
        Td(sb, Money(t.NetPnl), "num " + Sign(t.NetPnl));
        Td(sb, t.Open ? "<span class=\"badge\">open, marked at last close</span>" : "closed");
        sb.Append("</tr>");
    }

    private static string Sign(decimal value) => value > 0 ? "pos" : value < 0 ? "neg" : "";

    private static void Td(StringBuilder sb, string html, string? cssClass = null)
    {
        var cls = cssClass?.Trim();
        sb.Append(string.IsNullOrEmpty(cls) ? "<td>" : $"<td class=\"{cls}\">").Append(html).Append("</td>");
    }
}
