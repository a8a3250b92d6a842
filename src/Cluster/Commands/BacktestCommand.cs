using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Hive.Core.Backtesting;
using Hive.Core.Strategies;
using Hive.Data.Analytics;
using Spectre.Console;

namespace Hive.Cluster.Commands;

/// <summary>
/// <c>hive backtest</c> (one run), <c>hive backtest sweep</c> (a parameter grid on all cores) and <c>hive backtest walk-forward</c>
/// (rolling in-sample optimisation, out-of-sample test). Exit codes: 0 done, 2 bad input (named in one line on stderr),
/// 1 anything unexpected. See docs/backtesting.md.
/// </summary>
public static class BacktestCommand
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter() },
    };

    public static Command Create()
    {
        var options = new BacktestOptions();
        var report = new Option<string?>("--report") { Description = "Folder for result.json and the HTML report" };
        var json = new Option<string?>("--json") { Description = "Write the result as JSON to this file" };
        var command = new Command("backtest", "Backtest a catalog strategy on bars from a CSV file, the lake or the bundled S&P 500 series");
        options.AddTo(command);
        command.Options.Add(report);
        command.Options.Add(json);
        command.SetAction((parse, ct) => RunAsync(parse, async output =>
        {
            var (strategy, parameters, feeds, settings) = await PrepareAsync(options, parse, false, ct);
            var result = new BacktestEngine(settings).Run(strategy, parameters, feeds);
            if (parse.GetValue(json) is { } jsonPath) await WriteJsonAsync(jsonPath, result, ct);
            if (parse.GetValue(report) is { } folder)
            {
                Directory.CreateDirectory(folder);
                await WriteJsonAsync(Path.Combine(folder, "result.json"), result, ct);
                Reports.BacktestReportHtml.Write(result, Path.Combine(folder, "report.html"));
            }
            await SaveBatchAsync(options, parse, "backtest", strategy, [new SweepRow(0, result.Parameters, result.Metrics, null)], null, ct);
            Summary(output, result);
            return 0;
        }));
        command.Subcommands.Add(Sweep());
        command.Subcommands.Add(WalkForward());
        return command;
    }

    private static Command Sweep()
    {
        var options = new BacktestOptions();
        var csv = new Option<string?>("--csv") { Description = "Write one row per combination to this CSV file" };
        var duckdb = new Option<string?>("--duckdb") { Description = "Append the rows to table backtests in this DuckDB file" };
        var metric = new Option<string>("--metric") { Description = $"Metric to rank by ({string.Join(", ", MetricSelector.Names)})", DefaultValueFactory = _ => "sharpe" };
        var top = new Option<int>("--top") { Description = "How many of the best combinations to print (all of them go to --csv, --duckdb and hive sql)", DefaultValueFactory = _ => 10 };
        var command = new Command("sweep", "Run a strategy over a grid of parameters (--param fast=5..20:5 --param slow=20,30,50) on all cores");
        options.AddTo(command);
        foreach (var o in new Option[] { csv, duckdb, metric, top }) command.Options.Add(o);
        command.SetAction((parse, ct) => RunAsync(parse, async output =>
        {
            var name = MetricSelector.Check(parse.GetValue(metric)!);
            var shown = parse.GetValue(top);
            if (shown < 1) throw new ArgumentException($"--top must be at least 1, got {shown}");
            var (strategy, parameters, feeds, settings) = await PrepareAsync(options, parse, true, ct);
            var grid = ParameterGrid.Parse(parameters.Select(p => $"{p.Key}={p.Value}"));
            var rows = WithProgress(output, "sweep", grid.Count, progress => SweepRunner.Run(strategy, new Dictionary<string, string>(), grid, feeds, settings, progress));
            if (parse.GetValue(csv) is { } path) await WriteTextAsync(path, BacktestCsv.Sweep(rows), ct);
            await SaveBatchAsync(options, parse, "sweep", strategy, rows, parse.GetValue(duckdb), ct);
            var ranked = rows.Where(r => r.Metrics is not null).OrderByDescending(r => MetricSelector.Value(r.Metrics!, name)).ThenBy(r => r.Index).ToList();
            // The title says how much of the sweep the table shows, so a top 10 is not read as the whole grid.
            var table = new Table().Title(ranked.Count > shown ? $"top {shown} of {ranked.Count} by {name}" : $"all {ranked.Count} by {name}");
            var names = grid.Axes.Select(a => a.Name).ToList();
            foreach (var column in names.Concat(["total return", "CAGR", "Sharpe", "max DD", "trades", "final equity"])) table.AddColumn(column);
            foreach (var row in ranked.Take(shown))
            {
                var m = row.Metrics!;
                table.AddRow([.. names.Select(n => row.Parameters[n]), Pct(m.TotalReturn), Pct(m.Cagr), Num(m.Sharpe), Pct(m.MaxDrawdown), m.Trades.ToString(CultureInfo.InvariantCulture), m.FinalEquity.ToString("N2", CultureInfo.InvariantCulture)]);
            }
            output.Write(table);
            var failed = rows.Count(r => r.Error is not null);
            output.MarkupLine($"[grey]{rows.Count} combination(s) run, best {name} first{(ranked.Count > shown ? $"; --top N prints more than {shown}" : "")}" +
                              $"{(failed > 0 ? $"; {failed} refused, e.g. {Markup.Escape(rows.First(r => r.Error is not null).Error!)}" : "")}[/]");
            return 0;
        }));
        return command;
    }

    private static Command WalkForward()
    {
        var options = new BacktestOptions();
        var inSample = new Option<int>("--in-sample") { Description = "Bars per in-sample window", DefaultValueFactory = _ => 756 };
        var outOfSample = new Option<int>("--out-of-sample") { Description = "Bars per out-of-sample window (the roll)", DefaultValueFactory = _ => 252 };
        var metric = new Option<string>("--metric") { Description = $"Metric to optimise in sample ({string.Join(", ", MetricSelector.Names)})", DefaultValueFactory = _ => "sharpe" };
        var csv = new Option<string?>("--csv") { Description = "Write one row per window to this CSV file" };
        var duckdb = new Option<string?>("--duckdb") { Description = "Append the windows to table backtests in this DuckDB file" };
        var json = new Option<string?>("--json") { Description = "Write windows, stitched curve and metrics as JSON to this file" };
        var command = new Command("walk-forward", "Optimise in sample, test out of sample, roll; prints the stitched out-of-sample result");
        options.AddTo(command);
        foreach (var o in new Option[] { inSample, outOfSample, metric, csv, duckdb, json }) command.Options.Add(o);
        command.SetAction((parse, ct) => RunAsync(parse, async output =>
        {
            var name = MetricSelector.Check(parse.GetValue(metric)!);
            var (strategy, parameters, feeds, settings) = await PrepareAsync(options, parse, true, ct);
            var grid = ParameterGrid.Parse(parameters.Select(p => $"{p.Key}={p.Value}"));
            var windows = WalkForwardRunner.WindowCount(feeds[0].Bars.Count, parse.GetValue(inSample), parse.GetValue(outOfSample));
            var result = WithProgress(output, "walk-forward", Math.Max(1, windows), progress =>
                WalkForwardRunner.Run(strategy, new Dictionary<string, string>(), grid, feeds, settings, parse.GetValue(inSample), parse.GetValue(outOfSample), name, progress));
            if (parse.GetValue(csv) is { } path) await WriteTextAsync(path, BacktestCsv.WalkForward(result), ct);
            if (parse.GetValue(json) is { } jsonPath) await WriteJsonAsync(jsonPath, result, ct);
            await SaveBatchAsync(options, parse, "walk-forward", strategy,
                result.Windows.Select((w, i) => new SweepRow(i, w.BestParameters, w.OutOfSample, null)).ToList(), parse.GetValue(duckdb), ct);
            var table = new Table();
            foreach (var column in new[] { "out of sample", "best parameters", $"in-sample {name}", "OOS return", "OOS Sharpe" }) table.AddColumn(column);
            foreach (var w in result.Windows)
                table.AddRow($"{w.OutOfSampleStart:yyyy-MM-dd}..{w.OutOfSampleEnd:yyyy-MM-dd}", string.Join(' ', w.BestParameters.Select(p => $"{p.Key}={p.Value}")),
                    Num(w.InSampleScore), Pct(w.OutOfSample.TotalReturn), Num(w.OutOfSample.Sharpe));
            output.Write(table);
            output.MarkupLine($"stitched out of sample: return {Pct(result.Metrics.TotalReturn)}, CAGR {Pct(result.Metrics.Cagr)}, Sharpe {Num(result.Metrics.Sharpe)}, " +
                $"max drawdown {Pct(result.Metrics.MaxDrawdown)}, final equity {result.Metrics.FinalEquity.ToString("N2", CultureInfo.InvariantCulture)}");
            return 0;
        }));
        return command;
    }

    private static async Task<(string Strategy, IReadOnlyDictionary<string, string> Parameters, IReadOnlyList<BacktestFeed> Feeds, BacktestSettings Settings)> PrepareAsync(
        BacktestOptions options, ParseResult parse, bool allowRanges, CancellationToken ct)
    {
        var strategy = parse.GetValue(options.Strategy)!;
        StrategyCatalog.Describe(strategy);
        var parameters = options.Parameters(parse, strategy, allowRanges);
        var feeds = await options.FeedsAsync(parse, ct);
        var settings = options.Settings(parse, await options.BenchmarkAsync(parse, ct));
        return (strategy, parameters, feeds, settings);
    }

    /// <summary>Stores the batch in the lake's <c>backtests/</c> folder when the lake is a local folder that exists (so `hive sql` sees it) and in a DuckDB file when asked.</summary>
    private static async Task SaveBatchAsync(BacktestOptions options, ParseResult parse, string kind, string strategy, IReadOnlyList<SweepRow> rows, string? duckdb, CancellationToken ct)
    {
        var now = DateTime.UtcNow;
        var batch = $"{kind}-{strategy}-{now:yyyyMMddTHHmmssfff}";
        var csv = BacktestCsv.Table(batch, kind, strategy, now, rows);
        var lake = parse.GetValue(options.Lake.Lake)!;
        if (Directory.Exists(lake)) await BacktestTable.SaveToLakeAsync(options.Lake.OpenStore(parse), batch, csv, ct);
        else if (!lake.StartsWith("s3://", StringComparison.Ordinal))
            await parse.InvocationConfiguration.Error.WriteLineAsync(
                $"note: not stored for `hive sql` (table backtests): no lake at {lake}; run `hive data import-samples` (or the node) first, or pass --lake");
        if (duckdb is null) return;
        var temp = Path.Combine(Path.GetTempPath(), $"{batch}-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(temp, csv, ct);
        try
        {
            await BacktestTable.AppendToDuckDbAsync(duckdb, temp, ct);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    private static T WithProgress<T>(IAnsiConsole output, string what, int total, Func<IProgress<int>?, T> run)
    {
        if (!CliConsole.IsTerminal(output.Profile.Out.Writer)) return run(null);
        T result = default!;
        output.Progress().Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn()).Start(context =>
        {
            var task = context.AddTask(what, maxValue: total);
            result = run(new Progress<int>(done => task.Value = done));
            task.Value = total;
        });
        return result;
    }

    private static void Summary(IAnsiConsole output, BacktestResult r)
    {
        var m = r.Metrics;
        var table = new Table().AddColumn("metric").AddColumn(new TableColumn("value").RightAligned());
        void Row(string name, string value) => table.AddRow(name, Markup.Escape(value));
        Row("strategy", $"{r.Strategy} {string.Join(' ', r.Parameters.Select(p => $"{p.Key}={p.Value}"))}");
        Row("data", $"{string.Join(", ", r.Instruments)}: {r.Bars:N0} bars, {r.Start:yyyy-MM-dd} to {r.End:yyyy-MM-dd}");
        Row("final equity", $"{m.FinalEquity.ToString("N2", CultureInfo.InvariantCulture)} {r.Currency} (from {r.InitialCash.ToString("N2", CultureInfo.InvariantCulture)})");
        Row("total return", Pct(m.TotalReturn));
        Row("CAGR", Pct(m.Cagr));
        Row("annual volatility", Pct(m.AnnualVolatility));
        Row("Sharpe / Sortino / Calmar", $"{Num(m.Sharpe)} / {Num(m.Sortino)} / {Num(m.Calmar)}");
        Row("max drawdown", $"{Pct(m.MaxDrawdown)}, {m.MaxDrawdownDays:F0} days under water");
        Row("trades / win rate / profit factor", $"{m.Trades} / {Pct(m.WinRate)} / {Num(m.ProfitFactor)}");
        Row("exposure / turnover", $"{Pct(m.Exposure)} / {Num(m.Turnover)}x per year");
        Row("alpha / beta", $"{(m.Alpha is { } a ? Pct(a) : "-")} / {(m.Beta is { } b ? Num(b) : "-")}");
        Row("fees", m.TotalFees.ToString("N2", CultureInfo.InvariantCulture));
        output.Write(table);
    }

    /// <summary>Runs a verb's action with the shared exit codes: 2 for bad input (one line on stderr), 1 for anything unexpected.</summary>
    internal static async Task<int> RunAsync(ParseResult parse, Func<IAnsiConsole, Task<int>> action)
    {
        var stdout = parse.InvocationConfiguration.Output;
        var output = CliConsole.For(stdout);
        try
        {
            return await action(output);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or FileNotFoundException or DirectoryNotFoundException or Hive.Data.Import.ImportException)
        {
            await parse.InvocationConfiguration.Error.WriteLineAsync($"error: {e.Message}");
            return 2;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or DuckDB.NET.Data.DuckDBException)
        {
            await parse.InvocationConfiguration.Error.WriteLineAsync($"error: {e.Message}");
            return 1;
        }
    }

    internal static async Task WriteJsonAsync<T>(string path, T value, CancellationToken ct) =>
        await WriteTextAsync(path, JsonSerializer.Serialize(value, Json), ct);

    private static async Task WriteTextAsync(string path, string text, CancellationToken ct)
    {
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder) Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(path, text, ct);
    }

    internal static string Pct(double value) => double.IsFinite(value) ? value.ToString("P2", CultureInfo.InvariantCulture) : value.ToString(CultureInfo.InvariantCulture);

    private static string Num(double value) => double.IsFinite(value) ? value.ToString("F2", CultureInfo.InvariantCulture) : value.ToString(CultureInfo.InvariantCulture);
}
