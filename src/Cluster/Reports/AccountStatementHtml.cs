using System.Text;
using Hive.Cluster.Trading;
using Hive.Core.Accounts.Statements;
using static Hive.Cluster.Reports.ReportFormat;

namespace Hive.Cluster.Reports;

/// <summary>
/// An account statement as one self-contained HTML page (inline CSS and SVG, no script, nothing loaded from the network),
/// for a person rather than a spreadsheet: per currency the period's sum (<c>closing = opening + deposits − bought + sold −
/// fees</c>) and a chart of the cash through the period, the ledger of deposits and fills with the balance after each, and the
/// positions at the end at cost. It depends only on the statement, so the same statement gives the same bytes.
/// </summary>
public static class AccountStatementHtml
{
    public static string Render(AccountStatementView statement)
    {
        var title = $"Statement of account {statement.AccountId}";
        var sb = new StringBuilder(16 * 1024);
        ReportStyles.Head(sb, title);
        sb.Append($"<header><h1 id=\"title\">{Html(title)}</h1>");
        sb.Append($"<p class=\"sub\">{Period(statement)} (UTC, booking time) · {Integer(statement.Lines.Count(l => l.Kind == "deposit"))} deposit(s) · " +
                  $"{Integer(statement.Lines.Count(l => l.Kind == "fill"))} fill(s)</p></header>\n");

        sb.Append("<section><h2>Cash per currency</h2>");
        if (statement.Balances.Count == 0) sb.Append("<p class=\"empty\">no cash in any currency</p>");
        else
        {
            sb.Append("<table id=\"balances\" class=\"trades\"><thead><tr>");
            foreach (var h in new[] { "currency", "opening", "deposits", "bought", "sold", "fees", "closing", "realized P&amp;L" }) sb.Append($"<th>{h}</th>");
            sb.Append("</tr></thead><tbody>");
            foreach (var b in statement.Balances)
                sb.Append($"<tr><td>{Html(b.Currency)}</td>{Num(b.Opening)}{Num(b.Deposits)}{Num(-b.Bought)}{Num(b.Sold)}{Num(-b.Fees)}{Num(b.Closing)}" +
                          $"{Signed(b.RealizedPnl)}</tr>");
            sb.Append("</tbody></table>");
            foreach (var b in statement.Balances) sb.Append(CashChart(statement, b));
        }
        sb.Append("</section>\n");

        sb.Append($"<section><h2>Ledger ({Integer(statement.Lines.Count)})</h2>");
        if (statement.Lines.Count == 0) sb.Append("<p id=\"ledger\" class=\"empty\">nothing booked in the period</p>");
        else
        {
            sb.Append("<div class=\"tablewrap\"><table id=\"ledger\" class=\"trades\"><thead><tr>");
            foreach (var h in new[] { "booked at", "kind", "reference", "order", "instrument", "side", "quantity", "price", "amount", "fee", "realized P&amp;L", "balance" })
                sb.Append($"<th>{h}</th>");
            sb.Append("</tr></thead><tbody>");
            foreach (var l in statement.Lines) Line(sb, l);
            sb.Append("</tbody></table></div>");
        }
        sb.Append("</section>\n");

        sb.Append("<section><h2>Positions at the end, at cost</h2>");
        if (statement.Positions.Count == 0) sb.Append("<p id=\"positions\" class=\"empty\">no open positions</p>");
        else
        {
            sb.Append("<table id=\"positions\" class=\"trades\"><thead><tr>");
            foreach (var h in new[] { "instrument", "currency", "quantity", "average cost", "cost basis", "realized P&amp;L" }) sb.Append($"<th>{h}</th>");
            sb.Append("</tr></thead><tbody>");
            foreach (var p in statement.Positions)
                sb.Append($"<tr><td>{Html(p.Instrument)}</td><td>{Html(p.Currency)}</td><td class=\"num\">{Quantity(p.Quantity)}</td>" +
                          $"<td class=\"num\">{Price(p.AverageCost)}</td>{Num(p.CostBasis)}{Signed(p.RealizedPnl)}</tr>");
            sb.Append("</tbody></table>");
        }
        sb.Append("</section>\n");

        sb.Append("<footer>Hive account statement (hive report statement --format html), folded from the account's journal as the account " +
                  "books it: amounts a buy pays are negative, fees are apart from the amount, the balance is the cash in the line's currency " +
                  "after the line and its fee. Positions are at average cost, not marked.</footer>");
        sb.Append("</body></html>\n");
        return sb.ToString();
    }

    private static void Line(StringBuilder sb, StatementLine l)
    {
        var fill = l.Kind == "fill";
        sb.Append($"<tr class=\"{Html(l.Kind)}\"><td class=\"at\">{Html(Time(l.BookedAt))}</td><td>{Html(l.Kind)}</td><td>{Html(l.Reference)}</td><td>{Html(l.OrderId)}</td>" +
                  $"<td>{Html(l.Instrument)}</td><td>{Html(l.Side)}</td><td class=\"num\">{(l.Quantity is { } q ? Quantity(q) : "")}</td>" +
                  $"<td class=\"num\">{(l.Price is { } p ? Price(p) : "")}</td>{Num(l.Amount, l.Currency)}" +
                  $"<td class=\"num\">{(fill ? $"{Money(l.Fee)} {Html(l.FeeCurrency)}" : "")}</td>" +
                  $"{(fill ? Signed(l.RealizedPnl) : "<td></td>")}{Num(l.Balance)}</tr>");
    }

    /// <summary>The cash in one currency through the period: the opening, the balance after each line in that currency, the closing
    /// (which also takes in a fee some line charged in this currency while its amount was in another).</summary>
    private static string CashChart(AccountStatementView statement, StatementBalance balance)
    {
        var start = statement.From > DateTime.MinValue ? statement.From : FirstBooking(statement);
        var points = new List<ChartPoint> { new(start.Ticks, (double)balance.Opening) };
        points.AddRange(statement.Lines.Where(l => l.Currency == balance.Currency).Select(l => new ChartPoint(l.BookedAt.Ticks, (double)l.Balance)));
        points.Add(new ChartPoint(statement.To.Ticks, (double)balance.Closing));
        return $"<h3>{Html(balance.Currency)}</h3>" + SvgTimeChart.Render($"cash-{balance.Currency}", $"Cash in {balance.Currency} through the period",
            [new ChartSeries("equity", $"cash ({balance.Currency})", points)], Compact, includeZero: false);
    }

    private static DateTime FirstBooking(AccountStatementView statement) => statement.Lines.Count > 0 ? statement.Lines[0].BookedAt : statement.To;

    private static string Period(AccountStatementView s) =>
        s.From > DateTime.MinValue ? $"{Html(Time(s.From))} to {Html(Time(s.To))}" : $"from the first booking to {Html(Time(s.To))}";

    private static string Num(decimal value, string? currency = null) =>
        $"<td class=\"num\">{Money(value)}{(currency is null ? "" : " " + Html(currency))}</td>";

    private static string Signed(decimal value) =>
        $"<td class=\"num {(value > 0m ? "pos" : value < 0m ? "neg" : "")}\">{Money(value)}</td>";
}
