using System.Text;
using Hive.Cluster.Trading;
using Hive.Core.Backtesting;

namespace Hive.Cluster.Reports;

/// <summary>
/// An account statement as CSV, a ledger a spreadsheet can sum: an <c>opening</c> row per currency, each deposit and fill in
/// booking order (a fill's notional in <c>amount</c>, its fee apart, <c>balance</c> the cash in the row's currency after it), then
/// per currency a <c>closing</c> row whose <c>amount</c> is the closing cash and whose fee column holds the period's fees and
/// realized P&amp;L column its realized P&amp;L. Invariant culture, so the file is the same anywhere.
/// </summary>
public static class AccountStatementCsv
{
    public const string Header = "booked_at,kind,reference,order_id,instrument,side,quantity,price,executed_at,currency,amount,fee,fee_currency,realized_pnl,balance";

    public static string Write(AccountStatementView statement)
    {
        var text = new StringBuilder().AppendLine(Header);
        foreach (var b in statement.Balances)
            Row(text, statement.From, "opening", "", null, null, null, null, null, null, b.Currency, b.Opening, null, null, null, b.Opening);
        foreach (var l in statement.Lines)
            Row(text, l.BookedAt, l.Kind, l.Reference, l.OrderId, l.Instrument, l.Side, l.Quantity, l.Price, l.ExecutedAt, l.Currency, l.Amount,
                l.Kind == "fill" ? l.Fee : null, l.FeeCurrency, l.Kind == "fill" ? l.RealizedPnl : null, l.Balance);
        foreach (var b in statement.Balances)
            Row(text, statement.To, "closing", "", null, null, null, null, null, null, b.Currency, b.Closing, b.Fees, b.Currency, b.RealizedPnl, b.Closing);
        return text.ToString();
    }

    private static void Row(StringBuilder text, DateTime bookedAt, string kind, string reference, string? order, string? instrument, string? side,
        decimal? quantity, decimal? price, DateTime? executedAt, string currency, decimal amount, decimal? fee, string? feeCurrency, decimal? realized,
        decimal balance)
    {
        string[] cells =
        [
            ReportFormat.CsvTime(bookedAt), kind, BacktestCsv.Quote(reference), BacktestCsv.Quote(order ?? ""), instrument ?? "", side ?? "", Figure(quantity), Figure(price),
            executedAt is { } at ? ReportFormat.CsvTime(at) : "", currency, ReportFormat.CsvNumber(amount), Figure(fee), feeCurrency ?? "", Figure(realized),
            ReportFormat.CsvNumber(balance),
        ];
        text.AppendLine(string.Join(',', cells));
    }

    private static string Figure(decimal? value) => value is { } v ? ReportFormat.CsvNumber(v) : "";
}
