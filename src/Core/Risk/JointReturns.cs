using System.Globalization;
using Hive.Core.MarketData;

namespace Hive.Core.Risk;

/// <summary>
/// Daily simple returns (close / previous close − 1) of one or more instruments on the dates all of them share: the
/// intersection of their UTC bar dates, sorted, each return running from one shared date to the next. A date only some
/// instruments have is skipped by all of them, so every instrument's return covers the same span.
/// </summary>
public sealed class JointReturns
{
    /// <param name="dates">The date each return ends on (its close), ascending.</param>
    /// <param name="byInstrument">One array per instrument, each as long as <paramref name="dates"/>.</param>
    public JointReturns(IReadOnlyList<DateOnly> dates, IReadOnlyList<double[]> byInstrument)
    {
        if (byInstrument.Count == 0) throw new ArgumentException("no instruments");
        if (byInstrument.Any(r => r.Length != dates.Count)) throw new ArgumentException("every instrument needs one return per date");
        Dates = dates;
        ByInstrument = byInstrument;
    }

    public IReadOnlyList<DateOnly> Dates { get; }

    public IReadOnlyList<double[]> ByInstrument { get; }

    public int Count => Dates.Count;

    public int Instruments => ByInstrument.Count;

    /// <summary>The returns of the closes of <paramref name="series"/> on the dates they all share.</summary>
    public static JointReturns FromCloses(IReadOnlyList<BarSeries> series)
    {
        if (series.Count == 0) throw new ArgumentException("no instruments");
        var indexes = series.Select(DateIndex).ToList();
        var shared = new SortedSet<DateOnly>(indexes[0].Keys);
        foreach (var index in indexes.Skip(1)) shared.IntersectWith(index.Keys);
        if (shared.Count == 0)
            throw new ArgumentException($"no shared dates: {string.Join(", ", series.Select(s => $"{s.Instrument} ({Span(s)})"))} have no date in common");
        var dates = shared.ToList();
        var returns = series.Select((s, k) =>
        {
            var closes = dates.Select(d => s.Close[indexes[k][d]]).ToArray();
            return Enumerable.Range(1, closes.Length - 1).Select(i => closes[i] / closes[i - 1] - 1).ToArray();
        }).ToList();
        return new JointReturns(dates.Skip(1).ToList(), returns);
    }

    /// <summary>Equal weights, 1/n each.</summary>
    public double[] EqualWeights() => Enumerable.Repeat(1.0 / Instruments, Instruments).ToArray();

    /// <summary>The portfolio's daily returns, Σ wᵢ·rᵢ per date, after <see cref="CheckWeights"/>.</summary>
    public double[] Portfolio(IReadOnlyList<double> weights)
    {
        CheckWeights(weights);
        var portfolio = new double[Count];
        for (var i = 0; i < Instruments; i++)
        {
            var (w, r) = (weights[i], ByInstrument[i]);
            for (var t = 0; t < Count; t++) portfolio[t] += w * r[t];
        }
        return portfolio;
    }

    /// <summary>Refuses weights that are not one finite number per instrument or that sum to zero.</summary>
    public void CheckWeights(IReadOnlyList<double> weights)
    {
        if (weights.Count != Instruments) throw new ArgumentException($"weights: {weights.Count} weight(s) for {Instruments} instrument(s); give one per instrument");
        foreach (var w in weights)
            if (!double.IsFinite(w)) throw new ArgumentException($"weights: {w.ToString(CultureInfo.InvariantCulture)} is not a finite number");
        if (weights.Sum() == 0) throw new ArgumentException("weights: they sum to zero, so the portfolio has no value to lose a fraction of");
    }

    private static Dictionary<DateOnly, int> DateIndex(BarSeries series)
    {
        var dates = new Dictionary<DateOnly, int>(series.Count);
        for (var i = 0; i < series.Count; i++) dates[DateOnly.FromDateTime(series.TimeAt(i))] = i;
        return dates;
    }

    private static string Span(BarSeries s) => s.Count == 0 ? "no bars" : $"{s.TimeAt(0):yyyy-MM-dd} to {s.TimeAt(s.Count - 1):yyyy-MM-dd}";
}
