using System.Text;
using Hive.Cluster.Trading;
using Hive.Core.Backtesting;

namespace Hive.Cluster.Reports;

/// <summary>
/// One account's trade blotter for one UTC day as CSV: every fill executed that day (venue time), oldest first, with its
/// order, instrument, side, size, price, notional, fee and liquidity. Invariant culture, so the file is the same anywhere.
/// </summary>
public static class TradeBlotterCsv
{
    public const string Header = "executed_at,trade_id,order_id,account_id,instrument,side,quantity,price,notional,fee,fee_currency,liquidity";

    public static string Write(IEnumerable<FillView> fills, string account, DateOnly day)
    {
        var from = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var text = new StringBuilder().AppendLine(Header);
        foreach (var f in fills.Where(f => f.AccountId == account && f.ExecutedAt >= from && f.ExecutedAt < from.AddDays(1))
                     .OrderBy(f => f.ExecutedAt).ThenBy(f => f.TradeId, StringComparer.Ordinal))
        {
            string[] cells =
            [
                ReportFormat.CsvTime(f.ExecutedAt), BacktestCsv.Quote(f.TradeId), BacktestCsv.Quote(f.OrderId),
                BacktestCsv.Quote(f.AccountId), f.Instrument, f.Side, ReportFormat.CsvNumber(f.Quantity), ReportFormat.CsvNumber(f.Price), ReportFormat.CsvNumber(f.Quantity * f.Price), ReportFormat.CsvNumber(f.Fee),
                f.FeeCurrency, f.Liquidity,
            ];
            text.AppendLine(string.Join(',', cells));
        }
        return text.ToString();
    }
}
