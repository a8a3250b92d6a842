using System.CommandLine;
using Hive.Core.Ids;
using Hive.Core.Instruments;
using Hive.Core.MarketData;
using Hive.Data.Import;
using Spectre.Console;

namespace Hive.Cluster.Commands.Data;

/// <summary><c>hive data import &lt;file&gt; --symbol SPX --venue SIM --asset-class stock ...</c></summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var lake = new LakeOptions();
        var file = new Argument<FileInfo>("file") { Description = "CSV, JSON lines or Parquet file of bars" };
        var symbol = new Option<string>("--symbol") { Description = "Instrument symbol, e.g. SPX or BTC-USDT", Required = true };
        var venue = new Option<string>("--venue") { Description = "Venue, e.g. SIM", DefaultValueFactory = _ => "SIM" };
        var assetClass = new Option<AssetClass>("--asset-class") { Description = "stock, crypto or forex (decides the session calendar)", DefaultValueFactory = _ => AssetClass.Stock };
        var format = new Option<ImportFormat?>("--format") { Description = "csv, jsonlines or parquet (default: from the extension)" };
        var map = new Option<string?>("--map") { Description = "Column mapping, e.g. ts=Date,open=Open,close=Price" };
        var repair = new Option<RepairPolicy>("--repair") { Description = "none (strict: any rejection writes nothing), drop (quarantine bad rows), clamp (widen high/low, quarantine the rest)", DefaultValueFactory = _ => RepairPolicy.Drop };
        var interval = new Option<string>("--interval") { Description = "Bar interval: 1m 5m 15m 1h 4h 1d 1w 1mo", DefaultValueFactory = _ => "1d" };
        var command = new Command("import", "Import a file of bars into the lake (validated; rejected rows go to <lake>/_quarantine/)");
        command.Arguments.Add(file);
        foreach (var option in new Option[] { symbol, venue, assetClass, format, map, repair, interval }) command.Options.Add(option);
        lake.AddTo(command);
        command.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists) throw new ImportException($"file '{path.FullName}' does not exist");
            var instrument = InstrumentId.Parse($"{parse.GetValue(venue)}:{parse.GetValue(symbol)}");
            var request = new ImportRequest(instrument, parse.GetValue(assetClass), BarInterval.Parse(parse.GetValue(interval)!),
                parse.GetValue(format), ColumnMapping.Parse(parse.GetValue(map)), parse.GetValue(repair));
            var importer = new BarImporter(lake.OpenLake(parse));
            ImportReport report;
            if (path.Length > 4 << 20 && !Console.IsOutputRedirected)
            {
                report = null!;
                await AnsiConsole.Progress().StartAsync(async context =>
                {
                    var task = context.AddTask($"importing {Markup.Escape(path.Name)}", maxValue: 1.0);
                    report = await importer.ImportFileAsync(path.FullName, request, new Progress<double>(v => task.Value = v), ct);
                    task.Value = 1.0;
                });
            }
            else
            {
                report = await importer.ImportFileAsync(path.FullName, request, cancellationToken: ct);
            }
            Print(report);
            return report.WrittenToLake ? 0 : 1;
        }));
        return command;
    }

    internal static void Print(ImportReport report)
    {
        foreach (var row in report.Rejected.Take(20))
            AnsiConsole.MarkupLine($"[yellow]rejected[/] line {row.Line}: {Markup.Escape(row.Reason)}");
        if (report.Rejected.Count > 20) AnsiConsole.MarkupLine($"[yellow]... {report.Rejected.Count - 20} more rejected rows[/]");
        foreach (var gap in report.Gaps.Take(5)) AnsiConsole.MarkupLine($"[grey]gap[/] {Markup.Escape(gap.ToString())}");
        if (report.Gaps.Count > 5) AnsiConsole.MarkupLine($"[grey]... {report.Gaps.Count - 5} more gap warnings[/]");
        AnsiConsole.MarkupLine(Markup.Escape(report.Summary) + $" in {report.Elapsed.TotalMilliseconds:F0} ms");
    }
}
