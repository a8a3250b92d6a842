using System.CommandLine;
using System.Globalization;
using Hive.Data.Samples;
using Spectre.Console;

namespace Hive.Cluster.Commands.Data;

/// <summary><c>hive data ls</c>, <c>hive data compact</c> and <c>hive data import-samples</c>.</summary>
internal static class CatalogCommands
{
    public static Command List()
    {
        var lake = new LakeOptions();
        var command = new Command("ls", "List the lake's series: symbol, interval, date range, rows, size, synthetic flag");
        lake.AddTo(command);
        command.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            var opened = lake.OpenLake(parse);
            var catalog = await opened.CatalogAsync(ct);
            if (catalog.Count == 0)
            {
                AnsiConsole.MarkupLine($"The lake at {Markup.Escape(opened.Store.Location)} is empty. Try [bold]hive data import-samples[/].");
                return 0;
            }
            var table = new Table().Title(Markup.Escape(opened.Store.Location));
            foreach (var column in new[] { "instrument", "class", "interval", "first", "last", "rows", "size", "parts", "synthetic" }) table.AddColumn(column);
            foreach (var e in catalog)
                table.AddRow(Markup.Escape(e.Series.Instrument.ToString()), e.Series.AssetClass.ToString().ToLowerInvariant(), e.Interval.ToString(),
                    Date(e.First), Date(e.Last), e.Rows.ToString("N0", CultureInfo.InvariantCulture), Size(e.Bytes), e.Parts.ToString(CultureInfo.InvariantCulture), e.Synthetic ? "yes" : "");
            AnsiConsole.Write(table);
            return 0;
        }));
        return command;
    }

    public static Command Compact()
    {
        var lake = new LakeOptions();
        var command = new Command("compact", "Fold each partition's parts into one Parquet file");
        lake.AddTo(command);
        command.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            var result = await lake.OpenLake(parse).CompactAsync(ct);
            AnsiConsole.MarkupLine($"compacted {result.PartitionsCompacted} partition(s), replaced {result.PartsRemoved} part(s), dropped {result.DuplicateRowsDropped} duplicate row(s)");
            return 0;
        }));
        return command;
    }

    public static Command ImportSamples()
    {
        var lake = new LakeOptions();
        var command = new Command("import-samples", "Import the bundled sample data (S&P 500 daily, monthly stocks, synthetic BTC-USDT and EUR-USD); idempotent");
        lake.AddTo(command);
        command.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            var opened = lake.OpenLake(parse);
            var results = await SampleData.EnsureImportedAsync(opened, ct);
            foreach (var r in results)
                AnsiConsole.MarkupLine($"{Markup.Escape(r.Series.ToString())}: {r.Written} written, {r.AlreadyPresent} already present{(r.Synthetic ? " (synthetic)" : "")}");
            AnsiConsole.MarkupLine($"lake: {Markup.Escape(opened.Store.Location)}");
            return 0;
        }));
        return command;
    }

    private static string Date(DateTime? time) => time is null ? "" : time.Value.TimeOfDay == TimeSpan.Zero
        ? time.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : time.Value.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => $"{bytes / 1024.0:F1} KiB",
        _ => $"{bytes / 1024.0 / 1024.0:F1} MiB",
    };
}
