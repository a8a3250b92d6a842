using Hive.Core.Ids;
using Hive.Core.MarketData;
using Hive.Core.Portfolio;

namespace Hive.Core.Strategies.Portfolio;

/// <summary>
/// <c>portfolio-optimizer</c>: holds several instruments at weights an optimiser picks from the last <c>lookback</c>
/// complete slices of closes (HRP, minimum volatility, maximum Sharpe or equal risk contribution, see
/// src/Core/Portfolio), re-optimising every <c>every</c> slices and in between when a held weight drifts more than
/// <c>band</c> from its target. A rebalance moves at most <c>max-turnover</c> of the portfolio (Σ|Δw|; the rest of the
/// move waits for the next rebalance), so trading costs stay bounded. A window the optimiser refuses (a singular
/// covariance, no return above the risk-free rate for max-sharpe) keeps the current holdings and counts in
/// <see cref="Skipped"/>; nothing from the data can throw out of <see cref="OnBar"/>.
/// </summary>
public sealed class PortfolioOptimizerStrategy : IStrategy, ICatalogStrategy
{
    public const string StrategyName = "portfolio-optimizer";

    public static readonly string[] Methods = ["hrp", "min-volatility", "max-sharpe", "risk-parity"];

    public static StrategyDescriptor Descriptor { get; } = new(
        StrategyName,
        "Portfolio optimiser: hold several instruments at HRP, min-volatility, max-Sharpe or risk-parity weights, re-optimised every N bars or on drift.",
        "Decides when every instrument has its bar for the same time. From the first slice with lookback + 1 closes, and then " +
        "every `every` slices (or earlier when some |held weight - target| > band, band 0 = off): simple returns of the last " +
        "lookback slices, their sample covariance (and CAGR for max-sharpe, annualised by `frequency`), weights by `method`; " +
        "the move from the held weights is scaled down to at most max-turnover (sum of |change|, 0 = no cap); target units = " +
        "floor(fraction x equity x weight / close); sell the excess, then buy once the sales are booked.",
        [
            new("instruments", null, "comma-separated instruments, at least two, e.g. SIM:AAPL,SIM:MSFT,SIM:IBM"),
            new("method", "hrp", "hrp, min-volatility, max-sharpe or risk-parity"),
            new("linkage", "single", "HRP linkage: single, complete, average or ward"),
            new("lookback", "252", "slices of closes the optimiser sees (at least 3)"),
            new("every", "21", "slices between scheduled rebalances"),
            new("band", "0", "also rebalance when a held weight is off its target by more than this (0.05 = 5 points); 0 = off"),
            new("max-turnover", "0", "largest sum of |weight change| per rebalance (2 = a full swap); 0 = no cap"),
            new("frequency", "252", "slices per year, to annualise (252 daily bars, 12 monthly)"),
            new("risk-free", "0", "annual risk-free rate for max-sharpe"),
            new("fraction", "0.98", "fraction of equity invested; the rest stays in cash for fees"),
        ],
        a =>
        {
            var instruments = a.Instruments();
            return new CatalogStrategy(new PortfolioOptimizerStrategy(instruments, a.Text("method"), a.Text("linkage"), a.Int("lookback"), a.Int("every"),
                a.Decimal("band"), a.Decimal("max-turnover"), a.Int("frequency"), a.Decimal("risk-free"), a.Decimal("fraction")), instruments);
        });

    private readonly BarAlignment _alignment;
    private readonly PortfolioTargets _targets;
    private readonly Linkage _linkage;
    private readonly Queue<(DateTime Time, decimal[] Closes)> _window = new();
    private Dictionary<InstrumentId, decimal> _weights = new();
    private readonly RebalanceSchedule _schedule;
    private string? _currency;

    public PortfolioOptimizerStrategy(IReadOnlyList<InstrumentId> instruments, string method = "hrp", string linkage = "single", int lookback = 252, int every = 21,
        decimal band = 0m, decimal maxTurnover = 0m, int frequency = 252, decimal riskFree = 0m, decimal fraction = 0.98m)
    {
        if (instruments.Count < 2) throw new ArgumentOutOfRangeException("instruments", instruments.Count, "instruments must list at least 2 to build a portfolio");
        Method = Methods.Contains(method) ? method : throw new ArgumentOutOfRangeException("method", method, $"method must be one of {string.Join(", ", Methods)}, got '{method}'");
        _linkage = Enum.TryParse<Linkage>(linkage, ignoreCase: true, out var parsed) && PortfolioRequest.Linkages.Contains(linkage)
            ? parsed
            : throw new ArgumentOutOfRangeException("linkage", linkage, $"linkage must be one of {string.Join(", ", PortfolioRequest.Linkages)}, got '{linkage}'");
        Lookback = ParameterChecks.AtLeast(lookback, 3, "lookback");
        Every = ParameterChecks.AtLeast(every, 1, "every");
        Band = ParameterChecks.NonNegative(band, "band");
        MaxTurnover = ParameterChecks.NonNegative(maxTurnover, "max-turnover");
        Frequency = ParameterChecks.AtLeast(frequency, 1, "frequency");
        RiskFree = riskFree;
        Fraction = ParameterChecks.Fraction(fraction, "fraction");
        _alignment = new BarAlignment(instruments);
        _targets = new PortfolioTargets(instruments);
        _schedule = new RebalanceSchedule(_targets, Every);
    }

    public IReadOnlyList<InstrumentId> Instruments => _alignment.Instruments;
    public string Method { get; }
    public int Lookback { get; }
    public int Every { get; }
    public decimal Band { get; }
    public decimal MaxTurnover { get; }
    public int Frequency { get; }
    public decimal RiskFree { get; }
    public decimal Fraction { get; }

    /// <summary>The target weights of the last rebalance.</summary>
    public IReadOnlyDictionary<InstrumentId, decimal> Weights => _weights;

    /// <summary>Rebalances started.</summary>
    public int Rebalances { get; private set; }

    /// <summary>Decisions the optimiser refused, with the last reason.</summary>
    public int Skipped { get; private set; }

    public string? LastRefusal { get; private set; }

    public void OnStart(IStrategyContext context) => _currency = PortfolioTargets.CommonCurrency(context, Instruments);

    public void OnBar(IStrategyContext context, Bar bar)
    {
        if (!_alignment.Add(bar)) return;
        _currency ??= PortfolioTargets.CommonCurrency(context, Instruments);
        var closes = _alignment.Closes();
        _window.Enqueue((bar.OpenTime, Instruments.Select(id => closes[id]).ToArray()));
        if (_window.Count > Lookback + 1) _window.Dequeue();
        if (_window.Count <= Lookback || !_schedule.IsDue(context, closes, () => HasDrifted(context, closes))) return;
        double[] optimal;
        try
        {
            optimal = Optimise();
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            Skipped++;
            LastRefusal = e.Message;
            return;
        }
        var held = HeldWeights(context, closes);
        var change = Enumerable.Range(0, optimal.Length).Select(i => (decimal)optimal[i] - held[i]).ToArray();
        var turnover = change.Sum(Math.Abs);
        var scale = MaxTurnover > 0m && turnover > MaxTurnover ? MaxTurnover / turnover : 1m;
        _weights = Enumerable.Range(0, optimal.Length).ToDictionary(i => Instruments[i], i => Math.Max(0m, held[i] + scale * change[i]));
        Rebalances++;
        _targets.Begin(context, PortfolioTargets.FromWeights(context, _weights, closes, Fraction, _currency), closes);
    }

    private double[] Optimise()
    {
        var dates = _window.Select((w, i) => DateOnly.FromDateTime(w.Time.Date)).ToList();
        var columns = Instruments.Select((_, k) => _window.Select(w => (double)w.Closes[k]).ToArray()).ToList();
        var returns = new PriceTable(Instruments.Select(i => i.ToString()).ToList(), UniqueDates(dates), columns).Returns();
        if (Method == "hrp") return HierarchicalRiskParity.FromReturns(returns, _linkage).Weights;
        var covariance = RiskModels.Sample(returns, Frequency);
        var constraints = WeightConstraints.Uniform(Instruments.Count);
        return Method switch
        {
            "min-volatility" => MeanVariance.MinVolatility(covariance, constraints),
            "max-sharpe" => MeanVariance.MaxSharpe(ExpectedReturns.MeanHistorical(returns, frequency: Frequency), covariance, (double)RiskFree, constraints),
            _ => RiskParity.EqualRiskContribution(covariance),
        };
    }

    /// <summary>Intraday slices share a date; the statistics only need the order, so later slices of a date move a day on.</summary>
    private static List<DateOnly> UniqueDates(List<DateOnly> dates)
    {
        for (var i = 1; i < dates.Count; i++)
            if (dates[i] <= dates[i - 1]) dates[i] = dates[i - 1].AddDays(1);
        return dates;
    }

    private decimal[] HeldWeights(IStrategyContext context, IReadOnlyDictionary<InstrumentId, decimal> closes)
    {
        var equity = context.Account.Equity(_currency!, closes) * Fraction;
        return Instruments.Select(id => equity > 0m ? context.PositionOf(id) * closes[id] / equity : 0m).ToArray();
    }

    private bool HasDrifted(IStrategyContext context, IReadOnlyDictionary<InstrumentId, decimal> closes)
    {
        if (Band == 0m || _weights.Count == 0) return false;
        var held = HeldWeights(context, closes);
        return Instruments.Select((id, i) => Math.Abs(held[i] - _weights[id])).Any(d => d > Band);
    }
}
