using System.Globalization;
using Hive.Core.Instruments;
using Hive.Core.Orders;
using Hive.Core.Strategies;

namespace Hive.Core.Algos;

/// <summary>
/// The execution algorithms by name (<c>twap</c>, <c>vwap</c>, <c>pov</c>, <c>iceberg</c>, <c>is</c>), the parameters each
/// takes (as <c>--param name=value</c> writes them) and the checked <see cref="ExecutionParameters"/> they parse into.
/// Every bad value is an <see cref="ArgumentException"/> naming the field: end before start, a quantity that is not
/// positive or below one lot, participation outside (0, 1], slices below 1, an unknown algorithm or parameter.
/// </summary>
public static class ExecutionCatalog
{
    private static readonly StrategyParameter[] Common =
    [
        new("limit", "", "price bound: a buy pays at most this, a sell gets at least this (empty: none)"),
        new("placement", "market", "child orders: market, or limit at the last price"),
        new("reprice-bars", "1", "placement=limit: bars a child may rest before it is re-priced at the last price"),
        new("min-child", "0", "smallest child sent (the last remainder excepted); at least one lot"),
        new("max-child-share", "1", "no child above this share of the last bar's volume, in (0, 1] (pov: default twice the participation, at most 1)"),
        new("seed", "1", "seed of the randomisation (TWAP)"),
        new(UrgencyPace.Parameter, "normal", "low, normal or high: pace x0.5, x1, x2 (schedules start at that multiple of their rate and taper; pov's participation, iceberg's display)"),
        new("venues", "", "in the cluster only: route each child across these venues by price after fees, within each venue's volume cap, e.g. SIM,SIM2 (empty: the instrument's own venue)"),
    ];

    private static readonly Dictionary<string, (ExecutionAlgorithm Algorithm, string Summary, StrategyParameter[] Own)> Algorithms = new(StringComparer.Ordinal)
    {
        ["twap"] = (ExecutionAlgorithm.Twap, "equal lot-rounded slices at evenly spaced times from start to end, the first at start, the remainder in the last",
        [
            new("slices", "10", "number of slices, at least 1"),
            new("randomise", "0", "move times by up to this fraction of the spacing and sizes by up to this fraction of a slice, in [0, 0.5]"),
        ]),
        ["vwap"] = (ExecutionAlgorithm.Vwap, "slices follow the average share of daily volume per intraday bucket (daily bars: per bar of the window)",
        [
            new("lookback", "20", "days of history (windows, for daily bars) the volume profile is learned from, at least 1"),
        ]),
        ["pov"] = (ExecutionAlgorithm.Pov, "executed quantity kept near a share of the market volume observed since start",
        [
            new("participation", "0.1", "target share of the market volume, in (0, 1]"),
            new("min-participation", "0", "at least this share of each bar's volume while quantity is left, in [0, participation]"),
        ]),
        ["iceberg"] = (ExecutionAlgorithm.Iceberg, "shows one display quantity at a time and refills it when it fills",
        [
            new("display", "", "quantity shown at a time, whole lots (empty: a tenth of the quantity)"),
        ]),
        ["is"] = (ExecutionAlgorithm.ImplementationShortfall, "Almgren-Chriss trajectory x(t) = X sinh(k(T-t))/sinh(kT), k = sqrt(risk-aversion * sigma^2 / impact)",
        [
            new("risk-aversion", "0.000001", "risk aversion lambda, at least 0 (0: a straight line, as TWAP)"),
            new("volatility", "", "standard deviation of one bar's return (empty: learned from the lookback bars before start)"),
            new("impact", "", "temporary impact eta in price per unit per bar (empty: 5 bps of the arrival price per 1% of the average bar volume)"),
            new("slices", "", "trading intervals from start to end (empty: one per bar)"),
            new("lookback", "100", "bars of history the volatility and average volume are learned from, at least 2"),
        ]),
    };

    public static IReadOnlyList<string> Names { get; } = Algorithms.Keys.ToList();

    public static string NameOf(ExecutionAlgorithm algorithm) => Algorithms.First(a => a.Value.Algorithm == algorithm).Key;

    public static string Summary(string name) => Lookup(name).Summary;

    /// <summary>The algorithm named <paramref name="name"/>; null when no algorithm has that name.</summary>
    public static ExecutionAlgorithm? AlgorithmOf(string name) => Algorithms.TryGetValue(name, out var found) ? found.Algorithm : null;

    /// <summary>The parameters <paramref name="name"/> takes: its own, then the common ones.</summary>
    public static IReadOnlyList<StrategyParameter> ParametersOf(string name) => [.. Lookup(name).Own, .. Common];

    /// <summary>The parameters only <paramref name="name"/> takes.</summary>
    public static IReadOnlyList<StrategyParameter> OwnParametersOf(string name) => Lookup(name).Own;

    /// <summary>The parameters every algorithm takes.</summary>
    public static IReadOnlyList<StrategyParameter> CommonParameters => Common;

    /// <summary>Checks everything that can be checked without the market (the limit bound against the arrival price is
    /// <see cref="ExecutionParameters.CheckLimit"/>).</summary>
    public static ExecutionParameters Parse(string algorithm, OrderSide side, decimal quantity, DateTime start, DateTime end,
        IReadOnlyDictionary<string, string> values, Instrument instrument)
    {
        var (kind, _, _) = Lookup(algorithm);
        var args = new StrategyArguments(algorithm, ParametersOf(algorithm), values);
        if (quantity <= 0m) throw new ArgumentException($"quantity must be positive, got {quantity}");
        if (quantity < instrument.LotSize) throw new ArgumentException($"quantity {quantity} is below one lot ({instrument.LotSize}) of {instrument.Id}");
        if (!instrument.IsWholeLots(quantity)) throw new ArgumentException($"quantity {quantity} is not a whole number of lots ({instrument.LotSize}) of {instrument.Id}");
        if (start.Kind == DateTimeKind.Local || end.Kind == DateTimeKind.Local) throw new ArgumentException("start and end must be UTC");
        start = DateTime.SpecifyKind(start, DateTimeKind.Utc);
        end = DateTime.SpecifyKind(end, DateTimeKind.Utc);
        if (end <= start) throw new ArgumentException($"end {end:O} must be after start {start:O}");

        var placement = args.Text("placement") switch
        {
            "market" => ChildPlacement.Market,
            "limit" => ChildPlacement.Limit,
            var other => throw new ArgumentException($"parameter placement must be market or limit, got '{other}'"),
        };
        var limit = args.OptionalDecimal("limit");
        if (limit is { } bound && bound <= 0m) throw new ArgumentException($"parameter limit must be a positive price, got {bound}");
        if (limit is { } onTick && !instrument.IsOnTick(onTick))
            throw new ArgumentException($"parameter limit {onTick} is not on the tick ({instrument.TickSize}) of {instrument.Id}");
        var minChild = args.Decimal("min-child");
        if (minChild < 0m) throw new ArgumentException($"parameter min-child must not be negative, got {minChild}");
        var parameters = new ExecutionParameters
        {
            Algorithm = kind, Side = side, Quantity = quantity, Start = start, End = end,
            Limit = limit, Placement = placement, RepriceBars = args.Period("reprice-bars"), MinChild = minChild,
            MaxChildShare = args.Fraction("max-child-share"), Seed = args.Int("seed"), Urgency = UrgencyPace.Parse(args.Text(UrgencyPace.Parameter)),
            Venues = Venues(args.Text("venues")),
        };
        return kind switch
        {
            ExecutionAlgorithm.Twap => parameters with { Slices = args.Period("slices"), Randomise = Between(args, "randomise", 0m, 0.5m) },
            ExecutionAlgorithm.Vwap => parameters with { Lookback = args.Period("lookback") },
            ExecutionAlgorithm.Pov => Pov(parameters, args, values.ContainsKey("max-child-share")),
            ExecutionAlgorithm.Iceberg => parameters with
            {
                Display = Math.Max(instrument.LotSize, instrument.FloorToLot(Display(args, quantity, instrument) * UrgencyPace.Factor(parameters.Urgency))),
            },
            _ => parameters with
            {
                RiskAversion = (double)Between(args, "risk-aversion", 0m, decimal.MaxValue),
                Volatility = Positive(args, "volatility"),
                Impact = Positive(args, "impact"),
                Slices = args.Text("slices").Length == 0 ? null : args.Period("slices"),
                Lookback = args.Period("lookback", 2),
            },
        };
    }

    private static (ExecutionAlgorithm Algorithm, string Summary, StrategyParameter[] Own) Lookup(string name) =>
        Algorithms.TryGetValue(name, out var found)
            ? found
            : throw new ArgumentException($"unknown algorithm '{name}'; the algorithms are {string.Join(", ", Algorithms.Keys)}");

    /// <summary>POV's shares as the urgency paces them (at most 1); its cap on a child (its maximum participation in a bar)
    /// defaults to twice the paced target, so it can catch up.</summary>
    private static ExecutionParameters Pov(ExecutionParameters parameters, StrategyArguments args, bool capGiven)
    {
        var given = args.Fraction("participation");
        var pace = UrgencyPace.Factor(parameters.Urgency);
        var participation = Math.Min(1m, given * pace);
        return parameters with
        {
            Participation = participation,
            MinParticipation = Math.Min(1m, Between(args, "min-participation", 0m, given) * pace),
            MaxChildShare = capGiven ? parameters.MaxChildShare : Math.Min(1m, 2m * participation),
        };
    }

    /// <summary>A comma-separated list of venue names, upper-cased; each at most once. Whether a venue lists the instrument
    /// is the catalog's to say (<see cref="InstrumentCatalog.ListingsOf"/>).</summary>
    private static IReadOnlyList<string> Venues(string text)
    {
        if (text.Trim().Length == 0) return [];
        var venues = text.Split(',').Select(v => v.Trim().ToUpperInvariant()).ToList();
        if (venues.Any(v => v.Length == 0)) throw new ArgumentException($"parameter venues has an empty venue name in '{text}'");
        if (venues.GroupBy(v => v).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new ArgumentException($"parameter venues names {twice.Key} more than once");
        return venues;
    }

    private static decimal Display(StrategyArguments args, decimal quantity, Instrument instrument)
    {
        if (args.Text("display").Length == 0) return Math.Max(instrument.LotSize, instrument.FloorToLot(quantity / 10m));
        var display = args.Decimal("display");
        if (display <= 0m) throw new ArgumentException($"parameter display must be positive, got {display}");
        if (display < instrument.LotSize || !instrument.IsWholeLots(display))
            throw new ArgumentException($"parameter display {display} must be whole lots ({instrument.LotSize}) of {instrument.Id}");
        return display;
    }

    private static decimal Between(StrategyArguments args, string name, decimal low, decimal high)
    {
        var value = args.Decimal(name);
        return value >= low && value <= high
            ? value
            : throw new ArgumentException(high == decimal.MaxValue
                ? $"parameter {name} must be at least {low.ToString(CultureInfo.InvariantCulture)}, got {value.ToString(CultureInfo.InvariantCulture)}"
                : $"parameter {name} must be in [{low.ToString(CultureInfo.InvariantCulture)}, {high.ToString(CultureInfo.InvariantCulture)}], got {value.ToString(CultureInfo.InvariantCulture)}");
    }

    private static double? Positive(StrategyArguments args, string name)
    {
        if (args.OptionalDecimal(name) is not { } value) return null;
        return value > 0m ? (double)value : throw new ArgumentException($"parameter {name} must be positive, got {value.ToString(CultureInfo.InvariantCulture)}");
    }
}
