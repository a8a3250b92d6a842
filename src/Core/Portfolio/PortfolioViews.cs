using System.Globalization;
using System.Text.Json;

namespace Hive.Core.Portfolio;

/// <summary>
/// Black-Litterman views: absolute ("AAPL returns 20%") and relative ("GOOG beats FB by 10%": the long assets equally
/// weighted minus the short assets equally weighted), optionally with a confidence in [0, 1] per view (Idzorek), in the
/// order absolute views (as given) then relative views.
/// </summary>
public sealed record PortfolioViews(IReadOnlyList<KeyValuePair<string, double>> Absolute, IReadOnlyList<RelativeView> Relative, IReadOnlyList<double>? Confidences = null)
{
    public int Count => Absolute.Count + Relative.Count;

    /// <summary>
    /// Reads <c>{"absolute": {"AAPL": 0.2}, "relative": [{"long": ["GOOG"], "short": ["FB"], "return": 0.1}],
    /// "confidences": [0.6, 0.4]}</c>; every part is optional, and an unknown field is an error naming it.
    /// </summary>
    public static PortfolioViews Parse(JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Object) throw new ArgumentException("views must be a JSON object {\"absolute\", \"relative\", \"confidences\"}");
        var absolute = new List<KeyValuePair<string, double>>();
        var relative = new List<RelativeView>();
        List<double>? confidences = null;
        foreach (var field in json.EnumerateObject())
            switch (field.Name)
            {
                case "absolute":
                    if (field.Value.ValueKind != JsonValueKind.Object) throw new ArgumentException("views.absolute must be an object of asset: return");
                    foreach (var view in field.Value.EnumerateObject()) absolute.Add(new(view.Name, Number(view.Value, $"views.absolute.{view.Name}")));
                    break;
                case "relative":
                    if (field.Value.ValueKind != JsonValueKind.Array) throw new ArgumentException("views.relative must be an array of {long, short, return}");
                    var k = 0;
                    foreach (var view in field.Value.EnumerateArray()) relative.Add(ParseRelative(view, $"views.relative[{k++}]"));
                    break;
                case "confidences":
                    if (field.Value.ValueKind != JsonValueKind.Array) throw new ArgumentException("views.confidences must be an array of numbers in [0, 1]");
                    confidences = field.Value.EnumerateArray().Select((c, i) => Number(c, $"views.confidences[{i}]")).ToList();
                    break;
                default:
                    throw new ArgumentException($"views: unknown field '{field.Name}' (expected absolute, relative, confidences)");
            }
        return new PortfolioViews(absolute, relative, confidences);
    }

    private static RelativeView ParseRelative(JsonElement json, string path)
    {
        if (json.ValueKind != JsonValueKind.Object) throw new ArgumentException($"{path} must be an object {{long, short, return}}");
        List<string>? longs = null, shorts = null;
        double? value = null;
        foreach (var field in json.EnumerateObject())
            switch (field.Name)
            {
                case "long": longs = Names(field.Value, $"{path}.long"); break;
                case "short": shorts = Names(field.Value, $"{path}.short"); break;
                case "return": value = Number(field.Value, $"{path}.return"); break;
                default: throw new ArgumentException($"{path}: unknown field '{field.Name}' (expected long, short, return)");
            }
        if (longs is null || shorts is null || value is null) throw new ArgumentException($"{path} needs long, short and return");
        return new RelativeView(longs, shorts, value.Value);
    }

    private static List<string> Names(JsonElement json, string path) =>
        json.ValueKind == JsonValueKind.Array && json.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String)
            ? json.EnumerateArray().Select(e => e.GetString()!).ToList()
            : throw new ArgumentException($"{path} must be an array of asset names");

    private static double Number(JsonElement json, string path) =>
        json.ValueKind == JsonValueKind.Number ? json.GetDouble() : throw new ArgumentException($"{path} must be a number, not {json.ValueKind.ToString().ToLowerInvariant()}");

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
