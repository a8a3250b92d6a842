using System.Globalization;

namespace Hive.Core.Portfolio;

/// <summary>
/// Black-Litterman views: absolute ("AAPL returns 20%") and relative ("GOOG beats FB by 10%": the long assets equally
/// weighted minus the short assets equally weighted), optionally with a confidence in [0, 1] per view (Idzorek), in the
/// order absolute views (as given) then relative views.
/// </summary>
public sealed record PortfolioViews(IReadOnlyList<KeyValuePair<string, double>> Absolute, IReadOnlyList<RelativeView> Relative, IReadOnlyList<double>? Confidences = null)
{
    public int Count => Absolute.Count + Relative.Count;

    /// <summary>The picking matrix P (k × n) and view returns Q (k) over <paramref name="assets"/>; an unknown asset is an error naming it.</summary>
    public (double[,] Picks, double[] Returns) Matrices(IReadOnlyList<string> assets)
    {
        if (Count == 0) throw new ArgumentException("Black-Litterman needs at least one view");
        var index = assets.Select((a, i) => (a, i)).ToDictionary(p => p.a, p => p.i, StringComparer.Ordinal);
        int Find(string asset) => index.TryGetValue(asset, out var i) ? i
            : throw new ArgumentException($"view on unknown asset {asset} (the assets are {string.Join(", ", assets)})");
        var picks = new double[Count, assets.Count];
        var returns = new double[Count];
        for (var k = 0; k < Absolute.Count; k++)
        {
            picks[k, Find(Absolute[k].Key)] = 1;
            returns[k] = Finite(Absolute[k].Value, $"absolute view on {Absolute[k].Key}");
        }
        for (var k = 0; k < Relative.Count; k++)
        {
            var view = Relative[k];
            var row = Absolute.Count + k;
            if (view.Long.Count == 0 || view.Short.Count == 0) throw new ArgumentException($"relative view {k + 1} needs at least one long and one short asset");
            if (view.Long.Intersect(view.Short).Any()) throw new ArgumentException($"relative view {k + 1} has {view.Long.Intersect(view.Short).First()} on both sides");
            foreach (var asset in view.Long) picks[row, Find(asset)] += 1.0 / view.Long.Count;
            foreach (var asset in view.Short) picks[row, Find(asset)] -= 1.0 / view.Short.Count;
            returns[row] = Finite(view.Return, $"relative view {k + 1}");
        }
        if (Confidences is not null)
        {
            if (Confidences.Count != Count) throw new ArgumentException($"{Confidences.Count} confidences for {Count} views");
            if (Confidences.Any(c => !(c >= 0 && c <= 1))) throw new ArgumentException("every view confidence must be in [0, 1]");
        }
        return (picks, returns);
    }

    private static double Finite(double value, string what) => double.IsFinite(value) ? value
        : throw new ArgumentException($"{what}: return {value.ToString(CultureInfo.InvariantCulture)} is not a finite number");
}
