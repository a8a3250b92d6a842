using System.Globalization;

namespace Hive.Core.Backtesting;

/// <summary>
/// Parameter ranges for a sweep, each written <c>name=values</c>: a list (<c>slow=20,30,50</c>), an inclusive range with a
/// step (<c>fast=5..20:5</c>, step 1 when omitted) or a single value. <see cref="Combinations"/> is their cartesian product,
/// the first parameter varying slowest, so the order of results is fixed by the specification alone.
/// </summary>
public sealed class ParameterGrid
{
    private const int MaxCombinations = 1_000_000;

    public ParameterGrid(IReadOnlyList<(string Name, IReadOnlyList<string> Values)> axes)
    {
        Axes = axes;
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, values) in axes)
        {
            if (!names.Add(name)) throw new ArgumentException($"parameter {name} is given twice in the grid");
            if (values.Count == 0) throw new ArgumentException($"parameter {name} has no values");
        }
        long count = 1;
        foreach (var (_, values) in axes) count = Math.Min(long.MaxValue / 2, count * values.Count);
        if (count > MaxCombinations) throw new ArgumentException($"the grid has {count} combinations; at most {MaxCombinations} are allowed");
        Count = (int)count;
    }

    public IReadOnlyList<(string Name, IReadOnlyList<string> Values)> Axes { get; }

    public int Count { get; }

    public static ParameterGrid Parse(IEnumerable<string> specs) => new(specs.Select(ParseAxis).ToList());

    /// <summary>One axis: <c>name=a,b,c</c>, <c>name=from..to[:step]</c> or <c>name=value</c>.</summary>
    public static (string Name, IReadOnlyList<string> Values) ParseAxis(string spec)
    {
        var eq = spec.IndexOf('=');
        if (eq <= 0 || eq == spec.Length - 1) throw new ArgumentException($"parameter '{spec}' must be written name=value, name=a,b,c or name=from..to:step");
        var name = spec[..eq].Trim();
        var text = spec[(eq + 1)..].Trim();
        var range = text.IndexOf("..", StringComparison.Ordinal);
        if (range < 0) return (name, text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

        var colon = text.IndexOf(':', range);
        var fromText = text[..range];
        var toText = colon < 0 ? text[(range + 2)..] : text[(range + 2)..colon];
        var stepText = colon < 0 ? "1" : text[(colon + 1)..];
        var from = Number(name, fromText, "start");
        var to = Number(name, toText, "end");
        var step = Number(name, stepText, "step");
        if (step <= 0m) throw new ArgumentException($"parameter {name}: step must be positive, got '{stepText}'");
        if (to < from) throw new ArgumentException($"parameter {name}: range end {to} is below its start {from}");
        if ((to - from) / step > MaxCombinations) throw new ArgumentException($"parameter {name}: range {text} has too many values");
        var values = new List<string>();
        for (var v = from; v <= to; v += step) values.Add(v.ToString(CultureInfo.InvariantCulture));
        return (name, values);
    }

    public IEnumerable<IReadOnlyDictionary<string, string>> Combinations()
    {
        var index = new int[Axes.Count];
        for (var n = 0; n < Count; n++)
        {
            var combination = new SortedDictionary<string, string>(StringComparer.Ordinal);
            for (var a = 0; a < Axes.Count; a++) combination[Axes[a].Name] = Axes[a].Values[index[a]];
            yield return combination;
            for (var a = Axes.Count - 1; a >= 0; a--)
            {
                if (++index[a] < Axes[a].Values.Count) break;
                index[a] = 0;
            }
        }
    }

    private static decimal Number(string name, string text, string what) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new ArgumentException($"parameter {name}: range {what} '{text}' is not a number");
}
