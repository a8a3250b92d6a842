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
/// `hive report [host:port] blotter --account A --day YYYY-MM-DD [--out FILE]`: reports over a node's read side (address,
/// token and exit codes as `hive ctl`). The blotter walks the account's fills newest first, a keyset page at a time, until
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
            var csv = TradeBlotterCsv.Write(await FillsFromAsync(c, id, date, ct), id, date);
            if (p.GetValue(output) is { } file)
            {
                await File.WriteAllTextAsync(file.FullName, csv, ct);
                r.Console.WriteLine($"blotter of {id} on {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} written to {file.FullName}");
            }
            else r.Console.Profile.Out.Writer.Write(csv);
        }));
        var report = new Command("report", "Reports over a node's read side: the trade blotter.") { blotter };
        foreach (var option in new Option[] { CtlCommand.Node, Json, Token, CtlCommand.Ca, DataDir }) report.Options.Add(option);
        return report;
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
