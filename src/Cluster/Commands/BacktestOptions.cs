using System.Text.Json;
using Hive.Cluster.Http;
using Hive.Core.Risk;
using System.CommandLine;
using System.Globalization;
using Hive.Cluster.Commands.Data;
using Hive.Core.Backtesting;
using Hive.Core.Ids;
using Hive.Core.Instruments;
using Hive.Core.MarketData;
using Hive.Core.Strategies;
using Hive.Data.Samples;
using Hive.Core.Accounts;
using Hive.Core.Venues;

namespace Hive.Cluster.Commands;

/// <summary>The options <c>hive backtest</c>, <c>sweep</c> and <c>walk-forward</c> share, and how they become feeds and settings.</summary>
internal sealed class BacktestOptions
{
    /// <summary>Strategy parameters <c>--size-pct</c> maps to, first one the strategy declares wins (see docs/backtesting.md).</summary>
    public static readonly string[] SizingParameters = ["cashFraction", "equityFraction", "fraction"];

    public LakeOptions Lake { get; } = new();
    public Option<string[]> Data { get; } = new("--data") { Description = "CSV file(s) or lake symbol(s) like SIM:SPX (default: the bundled S&P 500 daily series)", AllowMultipleArgumentsPerToken = true };
    public Option<string> Interval { get; } = new("--interval") { Description = "Bar interval to read from the lake (1m, 1h, 1d...)", DefaultValueFactory = _ => "1d" };
    public Option<string> Strategy { get; } = new("--strategy") { Description = "Catalog strategy (hive strategies list)", DefaultValueFactory = _ => "sma-cross" };
    public Option<string[]> Params { get; } = new("--param") { Description = "Strategy parameter name=value (sweeps: name=a,b,c or name=from..to:step)", AllowMultipleArgumentsPerToken = false };
    public Option<decimal> Cash { get; } = new("--cash") { Description = "Initial cash", DefaultValueFactory = _ => 100_000m };
    public Option<string?> Currency { get; } = new("--currency") { Description = "Account currency (default: the first instrument's quote currency)" };
    public VenueModelOptions Venue { get; } = new();
    public Option<decimal?> SizePct { get; } = new("--size-pct") { Description = "Position size in percent, mapped to the strategy's sizing parameter (sma-cross: cashFraction)" };
    public Option<string> Fill { get; } = new("--fill") { Description = "Market order fills: next-open or signal-close", DefaultValueFactory = _ => "next-open" };
    public Option<string> Account { get; } = new("--account") { Description = "cash or margin", DefaultValueFactory = _ => "cash" };
    public Option<decimal> Leverage { get; } = new("--leverage") { Description = "Margin account leverage", DefaultValueFactory = _ => 1m };
    public Option<string[]> Timeframes { get; } = new("--timeframe") { Description = "Extra higher timeframe(s) delivered to the strategy (1w, 1mo...)", AllowMultipleArgumentsPerToken = true };
    public Option<string?> Benchmark { get; } = new("--benchmark") { Description = "Benchmark CSV or lake symbol (default: buy-and-hold of the first instrument)" };
    public Option<DateTime?> From { get; } = new("--from") { Description = "First bar date (UTC, inclusive)" };
    public Option<DateTime?> To { get; } = new("--to") { Description = "Last bar date (UTC, exclusive)" };
    public Option<decimal?> TickSize { get; } = new("--tick-size")
    {
        Description = "Price increment of the instrument(s); slippage and computed prices round to it. Default: the finest increment the data's prices use, so fills are at the data's prices",
    };

    public Option<string?> Risk { get; } = new("--risk")
    {
        Description = "Pre-trade limits as a JSON file, the body PUT /api/risk/{account}/limits takes (e.g. {\"maxOrdersPerSecond\": 2, \"maxDrawdown\": 0.1}); " +
                      "unknown fields are refused. Default: the defaults every account trades under",
    };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Data, Interval, Strategy, Params, Cash, Currency }.Concat(Venue.All)
                     .Concat([SizePct, Fill, Account, Leverage, Timeframes, Benchmark, From, To, TickSize, Risk]))
            command.Options.Add(option);
        Fill.AcceptOnlyFromAmong("next-open", "signal-close");
        Account.AcceptOnlyFromAmong("cash", "margin");
        Lake.AddTo(command);
    }

    public BacktestSettings Settings(ParseResult parse, BarSeries? benchmark)
    {
        var settings = new BacktestSettings
        {
            InitialCash = parse.GetValue(Cash),
            Currency = parse.GetValue(Currency)?.ToUpperInvariant(),
            FillTiming = parse.GetValue(Fill) == "signal-close" ? MarketFillTiming.SignalBarClose : MarketFillTiming.NextBarOpen,
            Fees = Venue.Fees(parse),
            Slippage = Venue.Slippage(parse),
            MaxVolumeShare = parse.GetValue(Venue.MaxVolumeShare),
            AccountType = parse.GetValue(Account) == "margin" ? AccountType.Margin : AccountType.Cash,
            Leverage = parse.GetValue(Leverage),
            ExtraIntervals = (parse.GetValue(Timeframes) ?? []).Select(Parse).ToList(),
            Benchmark = benchmark,
            RiskLimits = parse.GetValue(Risk) is { } file ? ReadLimits(file) : null,
        };
        return Checked(settings);
    }

    /// <summary>The limits in <paramref name="path"/>, read as strictly as the limits endpoint reads them; an
    /// <see cref="ArgumentException"/> names the file and the field that is unknown, malformed or not a valid limit.</summary>
    public static RiskLimits ReadLimits(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"--risk {path}: no such file");
        RiskLimits? limits;
        try
        {
            limits = JsonSerializer.Deserialize<RiskLimits>(File.ReadAllBytes(path), ApiInput.Strict);
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"--risk {path}: {e.Message.Split(" Path:")[0]}");
        }
        if (limits is null) throw new ArgumentException($"--risk {path}: expected a JSON object of limits");
        return limits.Invalid() is { } invalid ? throw new ArgumentException($"--risk {path}: {invalid}") : limits;
    }

    /// <summary>The settings, or an <see cref="ArgumentException"/> naming the invalid one.</summary>
    public static BacktestSettings Checked(BacktestSettings settings)
    {
        try
        {
            settings.Validate();
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new ArgumentException($"invalid setting {e.ParamName}: {e.Message.Split(" (Parameter")[0]}");
        }
        return settings;
    }

    /// <summary>The <c>--param</c> values as a dictionary, with <c>--size-pct</c> mapped onto the strategy's sizing parameter.</summary>
    public IReadOnlyDictionary<string, string> Parameters(ParseResult parse, string strategy, bool allowRanges)
    {
        var descriptor = StrategyCatalog.Describe(strategy);
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var spec in parse.GetValue(Params) ?? [])
        {
            var eq = spec.IndexOf('=');
            if (eq <= 0) throw new ArgumentException($"--param '{spec}' must be written name=value");
            var name = spec[..eq].Trim();
            if (descriptor.Parameters.All(p => p.Name != name))
                throw new ArgumentException($"--param {name}: {strategy} has no parameter '{name}'; its parameters are {string.Join(", ", descriptor.Parameters.Select(p => p.Name))}");
            var value = spec[(eq + 1)..].Trim();
            if (!allowRanges && (value.Contains("..", StringComparison.Ordinal) || value.Contains(',')) && name is not ("instruments"))
                throw new ArgumentException($"--param {spec}: ranges and lists are for `hive backtest sweep` and `walk-forward`");
            parameters[name] = value;
        }
        if (parse.GetValue(SizePct) is { } pct)
        {
            if (pct is <= 0m or > 100m) throw new ArgumentException($"--size-pct must be in (0, 100], got {pct}");
            var target = SizingParameters.FirstOrDefault(n => descriptor.Parameters.Any(p => p.Name == n))
                ?? throw new ArgumentException($"--size-pct: {strategy} has no sizing parameter ({string.Join(", ", SizingParameters)}); set its size with --param");
            parameters[target] = (pct / 100m).ToString(CultureInfo.InvariantCulture);
        }
        return parameters;
    }

    public async Task<IReadOnlyList<BacktestFeed>> FeedsAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var sources = (parse.GetValue(Data) ?? []).SelectMany(d => d.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        var from = parse.GetValue(From);
        var to = parse.GetValue(To);
        if (from is { } f && to is { } t && t <= f) throw new ArgumentException($"--to {t:yyyy-MM-dd} must be after --from {f:yyyy-MM-dd}");
        var tick = parse.GetValue(TickSize);
        if (tick is <= 0m) throw new ArgumentException($"--tick-size must be positive, got {tick}");
        var feeds = new List<BacktestFeed>();
        foreach (var source in sources.Count == 0 ? [""] : sources)
        {
            var series = await SeriesAsync(parse, source, cancellationToken);
            var cut = Cut(series, from, to);
            if (cut.Count == 0)
                throw new ArgumentException($"no bars of {series.Instrument} between {from?.ToString("yyyy-MM-dd") ?? "the start"} and {to?.ToString("yyyy-MM-dd") ?? "the end"} (the data covers {Span(series)})");
            feeds.Add(new BacktestFeed(Listing(cut.Instrument, tick ?? ObservedTickSize.Of(cut)), cut));
        }
        return feeds;
    }

    public async Task<BarSeries?> BenchmarkAsync(ParseResult parse, CancellationToken cancellationToken) =>
        parse.GetValue(Benchmark) is { } source ? await SeriesAsync(parse, source, cancellationToken) : null;

    private async Task<BarSeries> SeriesAsync(ParseResult parse, string source, CancellationToken cancellationToken) =>
        source.Length == 0 ? BacktestBars.Spx() : await BarSources.ReadAsync(parse, Lake, Parse(parse.GetValue(Interval)!), source, refuseBadRows: false, cancellationToken);

    private static BarSeries Cut(BarSeries series, DateTime? from, DateTime? to)
    {
        var a = from is { } f ? series.LowerBound(BarSeries.ToUnixMs(DateTime.SpecifyKind(f, DateTimeKind.Utc))) : 0;
        var b = to is { } t ? series.LowerBound(BarSeries.ToUnixMs(DateTime.SpecifyKind(t, DateTimeKind.Utc))) : series.Count;
        return a == 0 && b == series.Count ? series : series.Slice(a, Math.Max(0, b - a));
    }

    private static string Span(BarSeries s) => s.Count == 0 ? "nothing" : $"{s.TimeAt(0):yyyy-MM-dd} to {s.TimeAt(s.Count - 1):yyyy-MM-dd}";

    /// <summary>The listing for a symbol: <c>BASE-QUOTE</c> symbols are crypto (forex on a venue named ...FX), others US stocks;
    /// prices move in steps of <paramref name="tickSize"/>.</summary>
    public static Instrument Listing(InstrumentId id, decimal tickSize)
    {
        var dash = id.Symbol.IndexOf('-');
        if (dash <= 0) return Instrument.Stock(id.Venue, id.Symbol, tickSize);
        var (b, q) = (id.Symbol[..dash], id.Symbol[(dash + 1)..]);
        return id.Venue.EndsWith("FX", StringComparison.Ordinal) ? Instrument.Forex(id.Venue, b, q, tickSize) : Instrument.Crypto(id.Venue, b, q, tickSize);
    }

    private static BarInterval Parse(string text) =>
        BarInterval.TryParse(text, out var interval, out var error) ? interval : throw new ArgumentException(error);
}
