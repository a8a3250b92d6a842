using Hive.Core.Ids;
using Hive.Core.MarketData;
using Hive.Core.Orders;

namespace Hive.Core.Strategies.Portfolio;

/// <summary>
/// <c>pairs-zscore</c>: statistical arbitrage on two instruments A and B (listed in that order). On each complete
/// slice, an OLS fit of ln A on ln B over the previous <c>lookback</c> slices gives the hedge ratio beta, the intercept
/// and the residuals' (population) standard deviation; today's spread ln A - alpha - beta ln B divided by it is z.
/// z below -entryZ: long the spread (buy A, sell beta-weighted B); above entryZ: short it (sell A, buy B); out when z is
/// back within exitZ. Without <c>allowShort</c> only the long leg of each side is traded (buy A, or buy B), which a
/// cash account can hold; with it, both legs, which needs a margin account.
/// </summary>
public sealed class PairsZScoreStrategy : IStrategy, ICatalogStrategy
{
    public const string StrategyName = "pairs-zscore";

    public static StrategyDescriptor Descriptor { get; } = new(
        StrategyName,
        "Pairs trading on the z-score of the log-price spread, hedge ratio from a rolling OLS.",
        "instruments = A,B. Decides when both have their bar for the same time. Fit ln A = alpha + beta ln B by OLS over the " +
        "previous lookback slices; z = (ln A - alpha - beta ln B) / stdev of the fit's residuals (population). Warm-up: " +
        "lookback slices. Flat: z < -entryZ buys the spread (A long, B short), z > entryZ sells it (A short, B long); no " +
        "entry when beta <= 0. Long spread exits when z >= -exitZ, short spread when z <= exitZ. Units: A = floor(fraction x " +
        "equity / price A); B = floor(beta x A units x price A / price B). allowShort=false trades only the long leg (a cash " +
        "account cannot short); allowShort=true trades both legs and needs a margin account.",
        [
            new("instruments", null, "the pair, A,B, e.g. SIM:KO,SIM:PEP"),
            new("lookback", "60", "slices in the rolling OLS window"),
            new("entryZ", "2", "enter when |z| exceeds this"),
            new("exitZ", "0.5", "leave when |z| is back within this; below entryZ"),
            new("fraction", "0.5", "fraction of equity in the A leg"),
            new("allowShort", "false", "trade the short leg too (needs a margin account); false = long leg only"),
        ],
        a =>
        {
            var instruments = a.Instruments();
            return new CatalogStrategy(new PairsZScoreStrategy(instruments, a.Int("lookback"), a.Decimal("entryZ"), a.Decimal("exitZ"),
                a.Decimal("fraction"), a.Bool("allowShort")), instruments);
        });

    private readonly BarAlignment _alignment;
    private readonly double[] _x;
    private readonly double[] _y;
    private int _count;
    private int _next;

    public PairsZScoreStrategy(IReadOnlyList<InstrumentId> instruments, int lookback = 60, decimal entryZ = 2m, decimal exitZ = 0.5m,
        decimal fraction = 0.5m, bool allowShort = false)
    {
        if (instruments.Count != 2)
            throw new ArgumentOutOfRangeException("instruments", instruments.Count, $"instruments must list exactly two (A,B), got {instruments.Count}");
        _alignment = new BarAlignment(instruments);
        Lookback = ParameterChecks.AtLeast(lookback, 3, "lookback");
        EntryZ = ParameterChecks.Positive(entryZ, "entryZ");
        ExitZ = ParameterChecks.NonNegative(exitZ, "exitZ");
        if (exitZ >= entryZ) throw new ArgumentOutOfRangeException("exitZ", exitZ, $"exitZ must be below entryZ {entryZ}, got {exitZ}");
        Fraction = ParameterChecks.Fraction(fraction, "fraction");
        AllowShort = allowShort;
        _x = new double[lookback];
        _y = new double[lookback];
    }

    public InstrumentId A => _alignment.Instruments[0];
    public InstrumentId B => _alignment.Instruments[1];
    public int Lookback { get; }
    public decimal EntryZ { get; }
    public decimal ExitZ { get; }
    public decimal Fraction { get; }
    public bool AllowShort { get; }

    /// <summary>The last fit's hedge ratio and z-score, once warmed up.</summary>
    public double? Beta { get; private set; }

    public double? ZScore { get; private set; }

    public void OnBar(IStrategyContext context, Bar bar)
    {
        if (!_alignment.Add(bar)) return;
        decimal priceA = _alignment.Close(A), priceB = _alignment.Close(B);
        if (priceA <= 0m || priceB <= 0m) return;
        double y = Math.Log((double)priceA), x = Math.Log((double)priceB);
        var fitted = Fit(x, y);
        _x[_next] = x;
        _y[_next] = y;
        _next = (_next + 1) % Lookback;
        _count = Math.Min(_count + 1, Lookback);
        if (fitted is not var (beta, z)) return;
        Beta = beta;
        ZScore = z;
        if (context.OpenOrders(A).Count > 0 || context.OpenOrders(B).Count > 0) return;

        decimal heldA = context.PositionOf(A), heldB = context.PositionOf(B);
        var longSpread = heldA > 0m || heldB < 0m;
        var shortSpread = heldA < 0m || heldB > 0m;
        var exitZ = (double)ExitZ;
        if ((longSpread && z >= -exitZ) || (shortSpread && z <= exitZ))
        {
            Close(context, A, heldA);
            Close(context, B, heldB);
            return;
        }
        if (longSpread || shortSpread || beta <= 0d) return;
        var entryZ = (double)EntryZ;
        if (z < -entryZ || z > entryZ)
        {
            var equity = context.Account.Equity(context.InstrumentOf(A).QuoteCurrency, _alignment.Closes());
            var unitsA = context.InstrumentOf(A).FloorToLot(Math.Max(0m, equity) * Fraction / priceA);
            var unitsB = context.InstrumentOf(B).FloorToLot((decimal)beta * unitsA * priceA / priceB);
            var buySpread = z < -entryZ;
            Open(context, A, buySpread ? OrderSide.Buy : OrderSide.Sell, unitsA);
            Open(context, B, buySpread ? OrderSide.Sell : OrderSide.Buy, unitsB);
        }
    }

    private void Open(IStrategyContext context, InstrumentId id, OrderSide side, decimal units)
    {
        if (units <= 0m || (side == OrderSide.Sell && !AllowShort)) return;
        context.Submit(StrategyOrder.Market(id, side, units));
    }

    private static void Close(IStrategyContext context, InstrumentId id, decimal held)
    {
        if (held > 0m) context.Submit(StrategyOrder.Market(id, OrderSide.Sell, held));
        else if (held < 0m) context.Submit(StrategyOrder.Market(id, OrderSide.Buy, -held));
    }

    /// <summary>OLS of y on x over the window held (the previous slices), and today's z; null until the window is full
    /// or when it is degenerate (constant x or a perfect fit).</summary>
    private (double Beta, double Z)? Fit(double x, double y)
    {
        if (_count < Lookback) return null;
        double meanX = 0, meanY = 0;
        for (var i = 0; i < Lookback; i++)
        {
            meanX += _x[i];
            meanY += _y[i];
        }
        meanX /= Lookback;
        meanY /= Lookback;
        double sxx = 0, sxy = 0;
        for (var i = 0; i < Lookback; i++)
        {
            sxx += (_x[i] - meanX) * (_x[i] - meanX);
            sxy += (_x[i] - meanX) * (_y[i] - meanY);
        }
        if (sxx == 0) return null;
        var beta = sxy / sxx;
        var alpha = meanY - beta * meanX;
        double squares = 0;
        for (var i = 0; i < Lookback; i++)
        {
            var residual = _y[i] - alpha - beta * _x[i];
            squares += residual * residual;
        }
        var deviation = Math.Sqrt(squares / Lookback);
        // A perfect fit has no scale to measure today's spread against.
        if (deviation < 1e-12) return null;
        return (beta, (y - alpha - beta * x) / deviation);
    }
}
