using Hive.Core.Ids;
using Hive.Core.MarketData;

namespace Hive.Core.Risk;

/// <summary>
/// Exposure and value at risk of marked positions, per currency. VaR is historical over one day: the positions' daily P&amp;L
/// on each of the last <c>lookback</c> dates their instruments share is Σ valueᵢ·rᵢ (today's value times that day's simple
/// return of the close, <see cref="JointReturns"/>), and <see cref="ValueAtRisk.Historical"/>'s rules apply to those
/// amounts: k = ⌈(1 − c)·T⌉, VaR = −(k-th worst), CVaR = −(mean of the k worst). Rounded to the cent. Pure.
/// </summary>
public static class PositionRisk
{
    public static readonly IReadOnlyList<double> Confidences = [0.95, 0.99];

    /// <summary>A year of trading days.</summary>
    public const int DefaultLookback = 250;

    public static IReadOnlyList<CurrencyExposure> Exposure(IReadOnlyList<MarkedPosition> positions) =>
        positions.GroupBy(p => p.Currency, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new CurrencyExposure(
            g.Key, g.Sum(p => Math.Abs(p.Value)), g.Sum(p => p.Value),
            Groups(g, p => StressScenario.ClassName(p.AssetClass)), Groups(g, p => p.Instrument.ToString()))).ToList();

    /// <param name="history">Daily bars of each position's instrument (an empty series when there are none).</param>
    public static IReadOnlyList<CurrencyVar> Var(IReadOnlyList<MarkedPosition> positions, IReadOnlyDictionary<InstrumentId, BarSeries> history,
        IReadOnlyList<double> confidences, int lookback)
    {
        if (lookback < 1) throw new ArgumentException($"lookback must be at least 1 daily return, got {lookback}");
        return positions.GroupBy(p => p.Currency, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => OfCurrency(g.Key, g.ToList(), history, confidences, lookback)).ToList();
    }

    private static CurrencyVar OfCurrency(string currency, List<MarkedPosition> positions, IReadOnlyDictionary<InstrumentId, BarSeries> history,
        IReadOnlyList<double> confidences, int lookback)
    {
        var series = positions.Select(p => history.GetValueOrDefault(p.Instrument) ?? BarSeries.Empty(p.Instrument, BarInterval.OneDay)).ToList();
        if (series.Where(s => s.Count < 2).Select(s => s.Instrument.ToString()).ToList() is { Count: > 0 } missing)
            return Unknown(currency, $"no daily history of {string.Join(", ", missing)}");
        JointReturns joint;
        try
        {
            joint = JointReturns.FromCloses(series);
        }
        catch (ArgumentException e)
        {
            return Unknown(currency, e.Message);
        }
        if (joint.Count == 0) return Unknown(currency, "the instruments share only one date: no daily return");
        var start = Math.Max(0, joint.Count - lookback);
        var pnl = new double[joint.Count - start];
        for (var i = 0; i < positions.Count; i++)
        {
            var (value, returns) = ((double)positions[i].Value, joint.ByInstrument[i]);
            for (var t = start; t < joint.Count; t++) pnl[t - start] += value * returns[t];
        }
        var results = ValueAtRisk.Historical(pnl, confidences, 1).Select(r => new VarAmount(r.Confidence, Cents(r.Var), Cents(r.Cvar))).ToList();
        return new CurrencyVar(currency, pnl.Length, joint.Dates[start], joint.Dates[^1], results, null);
    }

    private static CurrencyVar Unknown(string currency, string reason) => new(currency, 0, null, null, [], reason);

    private static decimal Cents(double amount) => Math.Round((decimal)amount, 2, MidpointRounding.AwayFromZero);

    private static List<ExposureGroup> Groups(IEnumerable<MarkedPosition> positions, Func<MarkedPosition, string> key) =>
        positions.GroupBy(key, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ExposureGroup(g.Key, g.Sum(p => Math.Abs(p.Value)), g.Sum(p => p.Value))).ToList();
}
