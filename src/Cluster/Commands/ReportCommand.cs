using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Hive.Cluster.Reports;
using Hive.Cluster.Trading;
using Spectre.Console;
using static Hive.Cluster.Commands.CtlCommand;
using static Hive.Cluster.Commands.CtlTradingCommands;

namespace Hive.Cluster.Commands;

/// <summary>
/// `hive report [host:port] blotter --account A --day YYYY-MM-DD [--out FILE]` and `statement --account A [--from] [--to]
/// [--json] [--out FILE]` and `order ID`: reports over a node's read side and journal (address, token and exit codes as `hive ctl`). The blotter walks the account's fills newest first, a keyset page at a time, until
/// it is past the day, so its cost is the day's fills and what came after, not the account's history.
/// </summary>
public static class ReportCommand
{
    private const int PageSize = 1000;

    public static Command Create()
    {
        var account = new Option<string>("--account", "-a") { Description = "The account.", Required = true };
        var day = new Option<DateOnly>("--day", "-d") { Description = "The UTC day of execution (venue time), YYYY-MM-DD.", Required = true };
        var output = new Option<FileInfo?>("--out", "-o") { Description = "Write the CSV to this file instead of standard output." };
        var blotter = new Command("blotter", "One account's trade blotter for one day as CSV (fills oldest first, with notional and fees).")
            { account, day, output };
        blotter.SetAction(Run(async (p, c, r, ct) =>
        {
            var (id, date) = (p.GetValue(account)!, p.GetValue(day));
            await EmitAsync(p.GetValue(output), r, TradeBlotterCsv.Write(await FillsFromAsync(c, id, date, ct), id, date),
                $"blotter of {id} on {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}", ct);
        }));
        var statement = Statement(output);
        var order = Order(output);
        var report = new Command("report", "Reports over a node's read side and journal: the trade blotter, account statements, an order's lifecycle, " +
                                           "best execution.") { blotter, statement, order, BestExecution(output) };
        foreach (var option in new Option[] { CtlCommand.Node, Json, Token, CtlCommand.Ca, DataDir }) report.Options.Add(option);
        return report;
    }

    /// <summary>`statement --account A [--from T] [--to T] [--format csv|json|html] [--out FILE]`: the account's statement of a period
    /// of booking time (default: its whole history until now), as CSV, the API's JSON (also --json) or a self-contained HTML page.</summary>
    private static Command Statement(Option<FileInfo?> output)
    {
        var account = new Option<string>("--account", "-a") { Description = "The account.", Required = true };
        var from = new Option<DateTime?>("--from") { Description = "Start of the period (UTC, ISO-8601), inclusive. Default: the account's first booking." };
        var to = new Option<DateTime?>("--to") { Description = "End of the period (UTC, ISO-8601), exclusive. Default: now." };
        var format = new Option<string>("--format") { Description = "csv, json (as --json) or html (a page with a chart of the cash per currency).", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "json", "html");
        var statement = new Command("statement", "One account's statement: cash per currency at the start and end, deposits, fills, fees, " +
                                                 "realized P&L and positions, as CSV, JSON or HTML (--format).") { account, from, to, format, output };
        statement.SetAction(Run(async (p, c, r, ct) =>
        {
            var id = p.GetValue(account)!;
            var query = string.Join('&', new[] { ("from", Iso(p.GetValue(from))), ("to", Iso(p.GetValue(to))) }.Where(q => q.Item2 is not null)
                .Select(q => $"{q.Item1}={Escape(q.Item2!)}"));
            var answer = await c.GetAsync($"api/accounts/{Escape(id)}/statement" + (query.Length == 0 ? "" : "?" + query), ct);
            var kind = r.Json ? "json" : p.GetValue(format);
            var text = kind == "json" ? answer.GetRawText() + Environment.NewLine
                : kind == "html" ? AccountStatementHtml.Render(answer.Deserialize<AccountStatementView>(JsonSerializerOptions.Web)!)
                : AccountStatementCsv.Write(answer.Deserialize<AccountStatementView>(JsonSerializerOptions.Web)!);
            await EmitAsync(p.GetValue(output), r, text, $"statement of {id}", ct);
        }));
        return statement;
    }

    /// <summary>`best-execution [--account A] [--from T] [--to T] [--format csv|json] [--out FILE]`: execution quality per venue ×
    /// instrument × order type and per algorithm of parents, of the orders submitted in the period.</summary>
    private static Command BestExecution(Option<FileInfo?> output)
    {
        var account = new Option<string?>("--account", "-a") { Description = "Only this account's orders (default: every account the key may read)." };
        var from = new Option<DateTime?>("--from") { Description = "Orders submitted from (UTC, ISO-8601), inclusive. Default: the first." };
        var to = new Option<DateTime?>("--to") { Description = "Orders submitted until (UTC, ISO-8601), exclusive. Default: now." };
        var format = new Option<string>("--format") { Description = "csv or json (as --json).", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "json");
        var command = new Command("best-execution", "Execution quality per venue × instrument × order type (and algorithm for parents): orders, " +
                                                    "filled quantity, fill rate, slippage vs arrival and interval VWAP, fees per notional, time to fill.")
            { account, from, to, format, output };
        command.SetAction(Run(async (p, c, r, ct) =>
        {
            var query = string.Join('&', new[]
                {
                    ("account", p.GetValue(account)), ("from", Iso(p.GetValue(from))), ("to", Iso(p.GetValue(to))),
                }.Where(q => q.Item2 is not null).Select(q => $"{q.Item1}={Escape(q.Item2!)}"));
            var answer = await c.GetAsync("api/reports/best-execution" + (query.Length == 0 ? "" : "?" + query), ct);
            var json = r.Json || p.GetValue(format) == "json";
            await EmitAsync(p.GetValue(output), r, json ? answer.GetRawText() + Environment.NewLine : BestExecutionCsv.Write(answer), "best-execution report", ct);
        }));
        return command;
    }

    private static string? Iso(DateTime? at) =>
        at is { } t ? DateTime.SpecifyKind(t, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture) : null;

    /// <summary>`order ID [--json] [--out FILE]`: one order's lifecycle, every state change with who caused it and why, as CSV.</summary>
    private static Command Order(Option<FileInfo?> output)
    {
        var id = new Argument<string>("id") { Description = "The client order id." };
        var order = new Command("order", "One order's lifecycle: every state change with its time, status, who caused it and why, as CSV " +
                                         "(--json: the API's JSON).") { id, output };
        order.SetAction(Run(async (p, c, r, ct) =>
        {
            var answer = await c.GetAsync($"api/orders/{Escape(p.GetValue(id)!)}/lifecycle", ct);
            await EmitAsync(p.GetValue(output), r, r.Json ? answer.GetRawText() + Environment.NewLine : OrderLifecycleCsv.Write(answer),
                $"lifecycle of {p.GetValue(id)}", ct);
        }));
        return order;
    }

    /// <summary>The report to <paramref name="file"/> (saying so), or to standard output.</summary>
    private static async Task EmitAsync(FileInfo? file, Ctl.CtlRenderer r, string text, string what, CancellationToken ct)
    {
        if (file is null)
        {
            r.Console.Profile.Out.Writer.Write(text);
            return;
        }
        await File.WriteAllTextAsync(file.FullName, text, ct);
        r.Console.WriteLine($"{what} written to {file.FullName}");
    }

    /// <summary>The account's fills from the newest back to the first one before <paramref name="day"/>.</summary>
    private static async Task<List<FillView>> FillsFromAsync(Ctl.CtlClient client, string account, DateOnly day, CancellationToken ct)
    {
        var from = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var fills = new List<FillView>();
        string? before = null;
        do
        {
            var page = await client.GetAsync($"api/fills?account={Escape(account)}&limit={PageSize}" + (before is null ? "" : $"&before={before}"), ct);
            var rows = page.GetProperty("fills").Deserialize<List<FillView>>(JsonSerializerOptions.Web) ?? [];
            fills.AddRange(rows);
            before = page.GetProperty("next").ValueKind == JsonValueKind.String && rows.Count > 0 && rows[^1].ExecutedAt >= from
                ? page.GetProperty("next").GetString() : null;
        } while (before is not null);
        return fills;
    }
}
