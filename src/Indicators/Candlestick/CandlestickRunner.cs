namespace Hive.Indicators.Candlestick;

/// <summary>
/// Batch evaluation and input checks shared by every pattern. The batch form walks the series through the
/// same <see cref="CandleWindow"/> the stream uses, so one implementation of each pattern serves both.
/// </summary>
internal static class CandlestickRunner
{
    public static int Run(
        CandlePattern pattern,
        CandleSettings settings,
        ReadOnlySpan<double> open,
        ReadOnlySpan<double> high,
        ReadOnlySpan<double> low,
        ReadOnlySpan<double> close,
        Span<int> output,
        double penetration)
    {
        var n = open.Length;
        if (high.Length != n)
            throw new ArgumentException($"{pattern.Name}: high has {high.Length} values but open has {n}.", nameof(high));
        if (low.Length != n)
            throw new ArgumentException($"{pattern.Name}: low has {low.Length} values but open has {n}.", nameof(low));
        if (close.Length != n)
            throw new ArgumentException($"{pattern.Name}: close has {close.Length} values but open has {n}.", nameof(close));
        if (output.Length != n)
            throw new ArgumentException($"{pattern.Name}: output has room for {output.Length} values but the inputs have {n}.", nameof(output));
        var resolved = ResolvePenetration(pattern, penetration);
        for (var i = 0; i < n; i++)
        {
            RequireNumber(open[i], nameof(open), i);
            RequireNumber(high[i], nameof(high), i);
            RequireNumber(low[i], nameof(low), i);
            RequireNumber(close[i], nameof(close), i);
        }

        var lookback = pattern.Lookback(settings);
        var firstEvaluated = Math.Max(0, lookback - pattern.WarmupBars);
        var window = new CandleWindow(pattern, settings);
        for (var i = 0; i < n; i++)
        {
            window.Push(open[i], high[i], low[i], close[i]);
            if (i < firstEvaluated)
            {
                output[i] = 0;
                continue;
            }

            // Warm-up bars are evaluated only for the state they leave behind (hikkake setups), then zeroed.
            var value = pattern.Evaluate(window, resolved);
            output[i] = i >= lookback ? value : 0;
        }

        return Math.Min(lookback, n);
    }

    /// <summary>Checks the penetration of patterns that use it; others ignore it whatever it is.</summary>
    public static double ResolvePenetration(CandlePattern pattern, double penetration)
    {
        if (pattern.DefaultPenetration is null)
            return 0.0;
        if (!double.IsFinite(penetration) || penetration < 0)
            throw new ArgumentOutOfRangeException(nameof(penetration), penetration, $"{pattern.Name}: penetration must be a finite number, 0 or more (default {pattern.DefaultPenetration}).");
        return penetration;
    }

    public static void RequireNumber(double value, string name, long index)
    {
        if (!double.IsFinite(value))
            throw new ArgumentException($"{name}[{index}] is {value}; candlestick patterns need finite prices.", name);
    }

    /// <summary>The streaming form's check: names the field and the bar's position in the stream.</summary>
    public static void RequireFinite(in Ohlcv bar, string paramName, long index)
    {
        if (!double.IsFinite(bar.Open) || !double.IsFinite(bar.High) || !double.IsFinite(bar.Low) || !double.IsFinite(bar.Close))
        {
            var (field, value) = !double.IsFinite(bar.Open) ? ("Open", bar.Open)
                : !double.IsFinite(bar.High) ? ("High", bar.High)
                : !double.IsFinite(bar.Low) ? ("Low", bar.Low)
                : ("Close", bar.Close);
            throw new ArgumentException($"Bar {index}: {field} is {value}; candlestick patterns need finite prices.", paramName);
        }
    }
}
