using System.Globalization;
using Hive.Core.Ids;
using Hive.Core.MarketData;

namespace Hive.Core.Strategies.Portfolio;

/// <summary>
/// <c>periodic-rebalancer</c>: holds several instruments at target weights of equity, rebalancing on the first complete
/// slice, then every <c>every</c> slices, and in between whenever some weight has drifted more than <c>drift</c> from
/// its target. Weights are of <c>fraction</c> x equity, the rest stays in cash for fees. A rebalance sells first and
/// buys once the sales are booked (<see cref="PortfolioTargets"/>), so it works in a cash account.
/// Alignment: decisions are taken on complete time slices (<see cref="BarAlignment"/>).
/// </summary>
public sealed class PeriodicRebalancerStrategy : IStrategy, ICatalogStrategy
{
    public const string StrategyName = "periodic-rebalancer";

    public static StrategyDescriptor Descriptor { get; } = new(
        StrategyName,
        "Periodic rebalancer: hold several instruments at target weights, rebalance every N bars or on drift.",
        "Decides when every instrument has its bar for the same time. On the first such slice and then every `every` slices " +
        "(or earlier when some |weight - target| > drift, drift 0 = off): target units = floor(fraction x equity x weight / " +
        "close); sell the excess with market orders, then buy the shortfall once the sales are booked (capped by buying power).",
        [
            new("instruments", null, "comma-separated instruments, e.g. SIM:AAA,SIM:BBB"),
            new("weights", "", "comma-separated target weights in the same order, summing to at most 1; empty = equal weights"),
            new("every", "21", "complete slices between scheduled rebalances"),
            new("drift", "0", "also rebalance when a weight is off its target by more than this (absolute, 0.05 = 5 points); 0 = off"),
            new("fraction", "0.98", "fraction of equity the weights apply to; the rest stays in cash for fees"),
        ],
        a =>
        {
            var instruments = a.Instruments();
            return new CatalogStrategy(new PeriodicRebalancerStrategy(instruments, ParseWeights(a.Text("weights"), instruments.Count),
                a.Int("every"), a.Decimal("drift"), a.Decimal("fraction")), instruments);
        });

    private readonly BarAlignment _alignment;
    private readonly PortfolioTargets _targets;
    private readonly Dictionary<InstrumentId, decimal> _weights = new();
    private readonly RebalanceSchedule _schedule;
    private string? _currency;

    public PeriodicRebalancerStrategy(IReadOnlyList<InstrumentId> instruments, IReadOnlyList<decimal>? weights = null, int every = 21,
        decimal drift = 0m, decimal fraction = 0.98m)
    {
        _alignment = new BarAlignment(instruments);
        weights ??= Enumerable.Repeat(1m / instruments.Count, instruments.Count).ToList();
        if (weights.Count != instruments.Count)
            throw new ArgumentOutOfRangeException("weights", weights.Count, $"weights must list one weight per instrument ({instruments.Count}), got {weights.Count}");
        foreach (var w in weights) ParameterChecks.NonNegative(w, "weights");
        if (weights.Sum() > 1m) throw new ArgumentOutOfRangeException("weights", weights.Sum(), $"weights must sum to at most 1, got {weights.Sum()}");
        if (weights.Sum() == 0m) throw new ArgumentOutOfRangeException("weights", 0m, "weights must not all be zero");
        for (var i = 0; i < instruments.Count; i++) _weights[instruments[i]] = weights[i];
        Every = ParameterChecks.AtLeast(every, 1, "every");
        Drift = ParameterChecks.NonNegative(drift, "drift");
        Fraction = ParameterChecks.Fraction(fraction, "fraction");
        _targets = new PortfolioTargets(instruments);
        _schedule = new RebalanceSchedule(_targets, Every);
    }

    public IReadOnlyList<InstrumentId> Instruments => _alignment.Instruments;
    public IReadOnlyDictionary<InstrumentId, decimal> Weights => _weights;
    public int Every { get; }
    public decimal Drift { get; }
    public decimal Fraction { get; }

    /// <summary>Number of rebalances started.</summary>
    public int Rebalances { get; private set; }

    public void OnStart(IStrategyContext context) => _currency = PortfolioTargets.CommonCurrency(context, Instruments);

    public void OnBar(IStrategyContext context, Bar bar)
    {
        if (!_alignment.Add(bar)) return;
        _currency ??= PortfolioTargets.CommonCurrency(context, Instruments);
        var closes = _alignment.Closes();
        if (!_schedule.IsDue(context, closes, () => HasDrifted(context, closes))) return;
        Rebalances++;
        _targets.Begin(context, PortfolioTargets.FromWeights(context, _weights, closes, Fraction, _currency), closes);
    }

    private bool HasDrifted(IStrategyContext context, IReadOnlyDictionary<InstrumentId, decimal> closes)
    {
        if (Drift == 0m) return false;
        var equity = context.Account.Equity(_currency!, closes) * Fraction;
        if (equity <= 0m) return false;
        foreach (var (id, weight) in _weights)
            if (Math.Abs(context.PositionOf(id) * closes[id] / equity - weight) > Drift) return true;
        return false;
    }

    /// <summary>Reads <c>0.6,0.4</c>; empty text means equal weights.</summary>
    public static IReadOnlyList<decimal>? ParseWeights(string text, int count)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var weights = new List<decimal>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
            weights.Add(decimal.TryParse(part, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var w)
                ? w
                : throw new ArgumentException($"parameter weights must be comma-separated numbers, got '{part}' in '{text}'"));
        return weights.Count == count
            ? weights
            : throw new ArgumentException($"parameter weights lists {weights.Count} weights for {count} instruments");
    }
}
