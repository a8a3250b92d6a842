using System.CommandLine;
using System.Globalization;
using Hive.Core.Ids;
using Hive.Core.MarketData;
using Hive.Data.Analytics;
using Hive.Data.Lake;
using Spectre.Console;

namespace Hive.Cluster.Commands.Data;

/// <summary><c>hive data stats SPX [MSFT ...]</c>: returns, annualised volatility, max drawdown, a yearly table per
/// symbol and, with two or more symbols, the latest rolling correlation of returns between each pair.</summary>
internal static class StatsCommand
{
    public static Command Create()
    {
        var lake = new LakeOptions();
        var symbols = new Argument<string[]>("symbols") { Description = "SYMBOL or VENUE:SYMBOL, one or more", Arity = ArgumentArity.OneOrMore };
        var interval = new Option<string?>("--interval") { Description = "Which series to use (default: the shortest interval of each symbol)" };
        var window = new Option<int>("--window") { Description = "Rolling correlation window in returns", DefaultValueFactory = _ => 12 };
        var command = new Command("stats", "Returns, volatility, drawdowns, a yearly table and rolling correlations");
        command.Arguments.Add(symbols);
        command.Options.Add(interval);
        command.Options.Add(window);
        lake.AddTo(command);
        command.SetAction((parse, ct) => CommandErrors.RunAsync(async () =>
        {
            var opened = lake.OpenLake(parse);
            var catalog = await opened.CatalogAsync(ct);
            var wanted = parse.GetValue(interval) is { } text ? BarInterval.Parse(text) : (BarInterval?)null;
            var loaded = new List<(SeriesKey Key, BarSeries Bars)>();
            foreach (var name in parse.GetValue(symbols)!)
            {
                var matches = catalog.Where(e => Matches(e.Series.Instrument, name) && (wanted is null || e.Interval == wanted)).ToList();
                if (matches.Count == 0)
                    throw new ArgumentException($"no series for '{name}'{(wanted is null ? "" : $" at {wanted}")} in the lake; see hive data ls");
                var entry = matches.OrderBy(e => e.Interval.ApproximateDuration).First();
                loaded.Add((entry.Series, await opened.ReadBarsAsync(entry.Series, cancellationToken: ct)));
            }
            foreach (var (key, bars) in loaded) Print(SeriesStatistics.Summarize(bars, key.AssetClass));
            var size = parse.GetValue(window);
            for (var i = 0; i < loaded.Count; i++)
            for (var j = i + 1; j < loaded.Count; j++)
            {
                var rolling = SeriesStatistics.RollingCorrelation(loaded[i].Bars, loaded[j].Bars, size);
                var label = $"{loaded[i].Key.Instrument} vs {loaded[j].Key.Instrument}";
                if (rolling.Count == 0) { AnsiConsole.MarkupLine($"{Markup.Escape(label)}: fewer than {size + 1} common timestamps"); continue; }
                var valid = rolling.Where(p => double.IsFinite(p.Correlation)).Select(p => p.Correlation).ToList();
                AnsiConsole.MarkupLine($"{Markup.Escape(label)}: rolling {size}-return correlation latest {rolling[^1].Correlation:F3} ({rolling[^1].Time:yyyy-MM-dd}), " +
                                       $"mean {valid.DefaultIfEmpty(double.NaN).Average():F3}, min {valid.DefaultIfEmpty(double.NaN).Min():F3}, max {valid.DefaultIfEmpty(double.NaN).Max():F3}");
            }
            return 0;
        }));
        return command;
    }

    private static bool Matches(InstrumentId instrument, string name) =>
        name.Contains(':') ? string.Equals(instrument.ToString(), name, StringComparison.OrdinalIgnoreCase) : string.Equals(instrument.Symbol, name, StringComparison.OrdinalIgnoreCase);

    private static void Print(SeriesSummary s)
    {
        AnsiConsole.MarkupLine($"[bold]{Markup.Escape(s.Instrument.ToString())}[/] {s.Interval}: {s.Bars:N0} bars {s.First:yyyy-MM-dd}..{s.Last:yyyy-MM-dd}");
        AnsiConsole.MarkupLine($"  total return {Pct(s.TotalReturn)}, annualised {Pct(s.AnnualisedReturn)}, volatility {Pct(s.AnnualisedVolatility)}/yr, " +
                               $"max drawdown {Pct(s.MaxDrawdown)} ({s.DrawdownPeak:yyyy-MM-dd} → {s.DrawdownTrough:yyyy-MM-dd})");
        var table = new Table();
        foreach (var column in new[] { "year", "bars", "start", "end", "return", "volatility", "max drawdown" }) table.AddColumn(new TableColumn(column).RightAligned());
        foreach (var y in s.Years)
            table.AddRow(y.Year.ToString(CultureInfo.InvariantCulture), y.Bars.ToString(CultureInfo.InvariantCulture), Num(y.StartClose), Num(y.EndClose), Pct(y.Return), Pct(y.AnnualisedVolatility), Pct(y.MaxDrawdown));
        AnsiConsole.Write(table);
    }

    private static string Pct(double value) => double.IsFinite(value) ? (value * 100).ToString("F2", CultureInfo.InvariantCulture) + "%" : "n/a";

    private static string Num(double value) => value.ToString("G10", CultureInfo.InvariantCulture);
}
