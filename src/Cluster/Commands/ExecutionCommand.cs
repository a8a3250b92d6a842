using System.CommandLine;
using System.Globalization;
using Hive.Cluster.Commands.Data;
using Hive.Core.Algos;
using Hive.Core.Backtesting;
using Hive.Core.MarketData;
using Hive.Core.Orders;
using Spectre.Console;

namespace Hive.Cluster.Commands;

/// <summary>
/// <c>hive execution simulate</c>: one execution algorithm against historical bars on the paper venue, with the
/// backtester's fill, fee, slippage and volume-cap models (<see cref="ExecutionSimulator"/>); prints the execution
/// quality and writes the JSON and the HTML report. Exit codes as <c>hive backtest</c>: 0 done, 2 bad input (named in
/// one line on stderr), 1 anything unexpected. See docs/execution.md.
/// </summary>
public static class ExecutionCommand
{
    public static Command Create()
    {
        var execution = new Command("execution", "Execution algorithms (TWAP, VWAP, POV, iceberg, implementation shortfall) and their quality.");
        execution.Subcommands.Add(Simulate());
        return execution;
    }

    private static Command Simulate()
    {
        var lake = new LakeOptions();
        var venue = new VenueModelOptions();
        var algo = new Option<string>("--algo") { Description = "Algorithm: " + string.Join(", ", ExecutionCatalog.Names), Required = true };
        var side = new Option<string>("--side") { Description = "buy or sell", Required = true };
        var quantity = new Option<decimal>("--quantity") { Description = "Parent quantity, positive whole lots", Required = true };
        var data = new Option<string>("--data") { Description = "CSV file of bars (header date,open,high,low,close,volume) or a lake symbol like SIM:SPX", DefaultValueFactory = _ => "SIM:SPX" };
        var interval = new Option<string>("--interval") { Description = "Bar interval to read from the lake (1m, 1h, 1d...)", DefaultValueFactory = _ => "1d" };
        var start = new Option<DateTime>("--start") { Description = "Start of the window, UTC (2019-01-02 or 2019-01-02T14:30:00Z)", Required = true };
        var end = new Option<DateTime>("--end") { Description = "End of the window, UTC, after --start", Required = true };
        var parameters = new Option<string[]>("--param") { Description = "Algorithm parameter name=value (listed below)" };
        var tick = new Option<decimal?>("--tick-size") { Description = "Price increment of the instrument (default: the finest the data's prices use)" };
        var json = new Option<string?>("--json") { Description = "Write {algo, side, quantity, filledQuantity, averagePrice, arrivalPrice, intervalVwap, slippageVsArrivalBps, slippageVsVwapBps, participation, children} to this file" };
        var report = new Option<string?>("--report") { Description = "Folder for result.json and the HTML report (report.html)" };
        algo.AcceptOnlyFromAmong([.. ExecutionCatalog.Names]);
        side.AcceptOnlyFromAmong("buy", "sell");
        var command = new Command("simulate", Help());
        foreach (var option in new Option[] { algo, side, quantity, data, interval, start, end, parameters, tick }.Concat(venue.All).Concat([json, report]))
            command.Options.Add(option);
        lake.AddTo(command);
        command.SetAction((parse, ct) => BacktestCommand.RunAsync(parse, async output =>
        {
            var barInterval = BarInterval.TryParse(parse.GetValue(interval), out var i, out var error) ? i : throw new ArgumentException($"--interval: {error}");
            var series = await BarSources.ReadAsync(parse, lake, barInterval, parse.GetValue(data)!, refuseBadRows: false, ct);
            var tickSize = parse.GetValue(tick) ?? ObservedTickSize.Of(series);
            if (tickSize <= 0m) throw new ArgumentException($"--tick-size must be positive, got {tickSize}");
            var feed = new BacktestFeed(BacktestOptions.Listing(series.Instrument, tickSize), series);
            var settings = BacktestOptions.Checked(new BacktestSettings
            {
                Fees = venue.Fees(parse), Slippage = venue.Slippage(parse), MaxVolumeShare = parse.GetValue(venue.MaxVolumeShare),
            });
            var sim = ExecutionSimulator.Run(parse.GetValue(algo)!, parse.GetValue(side) == "sell" ? OrderSide.Sell : OrderSide.Buy, parse.GetValue(quantity),
                Utc(parse.GetValue(start)), Utc(parse.GetValue(end)), Pairs(parse.GetValue(parameters) ?? []), feed, settings);
            if (parse.GetValue(json) is { } path) await BacktestCommand.WriteJsonAsync(path, sim.Result, ct);
            if (parse.GetValue(report) is { } folder)
            {
                Directory.CreateDirectory(folder);
                await BacktestCommand.WriteJsonAsync(Path.Combine(folder, "result.json"), sim.Result, ct);
                Reports.ExecutionReportHtml.Write(sim, Path.Combine(folder, "report.html"));
            }
            Summary(output, sim);
            return 0;
        }));
        return command;
    }

    private static string Help()
    {
        var lines = new List<string> { "Run one execution algorithm against historical bars on the paper venue (the backtester's fill, fee, slippage and volume-cap models)." };
        foreach (var name in ExecutionCatalog.Names)
        {
            lines.Add($"  {name}: {ExecutionCatalog.Summary(name)}");
            lines.AddRange(ExecutionCatalog.OwnParametersOf(name).Select(Describe));
        }
        lines.Add("  every algorithm:");
        lines.AddRange(ExecutionCatalog.CommonParameters.Select(Describe));
        return string.Join(Environment.NewLine, lines);
    }

    private static string Describe(Hive.Core.Strategies.StrategyParameter p) =>
        $"      {p.Name} (default {(p.Default is { Length: > 0 } d ? d : "none")}): {p.Description}";

    private static DateTime Utc(DateTime time) => time.Kind == DateTimeKind.Local ? time.ToUniversalTime() : DateTime.SpecifyKind(time, DateTimeKind.Utc);

    private static Dictionary<string, string> Pairs(IEnumerable<string> specs)
    {
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var spec in specs)
        {
            var eq = spec.IndexOf('=');
            if (eq <= 0) throw new ArgumentException($"--param '{spec}' must be written name=value");
            pairs[spec[..eq].Trim()] = spec[(eq + 1)..].Trim();
        }
        return pairs;
    }

    private static void Summary(IAnsiConsole output, ExecutionSimulation sim)
    {
        var r = sim.Result;
        var table = new Table().AddColumn("execution").AddColumn(new TableColumn("value").RightAligned());
        void Row(string name, string value) => table.AddRow(name, Markup.Escape(value));
        string N(decimal value) => value.ToString("#,0.########", CultureInfo.InvariantCulture);
        Row("algorithm", $"{r.Algo} {r.Side} {N(r.Quantity)} {sim.Parent.Instrument.Id}, {sim.Parent.Parameters.Start:u} to {sim.Parent.Parameters.End:u}");
        Row("status", sim.Parent.PauseReason is { } reason ? $"{sim.Parent.Status} ({reason})" : sim.Parent.Status.ToString());
        Row("filled", $"{N(r.FilledQuantity)} in {r.Children.Count} children at {N(r.AveragePrice)}");
        Row("arrival price / interval VWAP", $"{N(r.ArrivalPrice)} / {N(r.IntervalVwap)}");
        Row("slippage vs arrival / vs VWAP", $"{r.SlippageVsArrivalBps.ToString("0.00", CultureInfo.InvariantCulture)} / {r.SlippageVsVwapBps.ToString("0.00", CultureInfo.InvariantCulture)} bps");
        Row("participation", r.Participation.ToString("0.####%", CultureInfo.InvariantCulture));
        Row("fees", N(Math.Round(sim.Parent.Fees, 8)));
        output.Write(table);
    }
}
