namespace Hive.Indicators.Internal;

/// <summary>
/// The highest (or lowest) value of a sliding window, tracked the way TA-Lib does it: keep the extreme's
/// index, rescan the window only when that index falls out. The rescan and incremental tie rules are TA-Lib's
/// own (they differ between functions), so index outputs agree with TA-Lib even when values repeat.
/// Amortised O(1) per bar on real price series.
/// </summary>
internal sealed class WindowExtreme
{
    private readonly double[] _window;
    private readonly int _length;
    private readonly bool _highest;
    private readonly bool _rescanTakesLatest;
    private long _count;
    private int _next;

    /// <param name="length">Bars in the window, today included.</param>
    /// <param name="highest">Track the maximum (true) or the minimum (false).</param>
    /// <param name="rescanTakesLatest">On a rescan, does an equal value later in the window win.</param>
    public WindowExtreme(int length, bool highest, bool rescanTakesLatest)
    {
        _length = length;
        _window = new double[length];
        _highest = highest;
        _rescanTakesLatest = rescanTakesLatest;
        Index = -1;
    }

    /// <summary>0-based bar index of the extreme (valid once the window is full).</summary>
    public long Index { get; private set; }

    public double Value { get; private set; }

    public bool Full => _count >= _length;

    public void Add(double x)
    {
        var today = _count;
        var slot = _next;
        _window[slot] = x;
        _next = slot + 1 == _length ? 0 : slot + 1;
        _count++;
        if (today < _length - 1) return;
        var trailing = today - _length + 1;
        if (Index < trailing)
        {
            // The window is full, so the slot after today's holds the oldest value: the trailing bar.
            var s = _next;
            Index = trailing;
            Value = _window[s];
            for (var i = trailing + 1; i <= today; i++)
            {
                s = s + 1 == _length ? 0 : s + 1;
                var v = _window[s];
                if (Better(v, _rescanTakesLatest))
                {
                    Index = i;
                    Value = v;
                }
            }
        }
        else if (Better(x, true))
        {
            Index = today;
            Value = x;
        }
    }

    /// <summary>
    /// Batch form of the same tracker (rescan strict, update non-strict): the extreme's index for every bar
    /// from <c>length - 1</c> on, written into <paramref name="indices"/>.
    /// </summary>
    public static void Indices(ReadOnlySpan<double> input, int length, bool highest, Span<int> indices)
    {
        var extremeIndex = -1;
        var extreme = 0.0;
        for (var today = length - 1; today < input.Length; today++)
        {
            var trailing = today - length + 1;
            if (extremeIndex < trailing)
            {
                extremeIndex = trailing;
                extreme = input[trailing];
                for (var i = trailing + 1; i <= today; i++)
                {
                    var v = input[i];
                    if (highest ? v > extreme : v < extreme)
                    {
                        extremeIndex = i;
                        extreme = v;
                    }
                }
            }
            else
            {
                var v = input[today];
                if (highest ? v >= extreme : v <= extreme)
                {
                    extremeIndex = today;
                    extreme = v;
                }
            }
            indices[today] = extremeIndex;
        }
    }

    public void Reset()
    {
        _count = 0;
        _next = 0;
        Index = -1;
        Value = 0;
    }

    private bool Better(double v, bool orEqual) => _highest
        ? (orEqual ? v >= Value : v > Value)
        : (orEqual ? v <= Value : v < Value);
}

/// <summary>Ignores the first <c>delay</c> values: TA-Lib composites start some inner averages late.</summary>
internal sealed class DelayedCore(Core inner, int delay) : Core(inner.Lookback + delay)
{
    protected override void Step(double x, long index)
    {
        if (index < delay) return;
        inner.Add(x);
        if (inner.Ready) Value = inner.Value;
    }

    public override void Run(ReadOnlySpan<double> input, Span<double> output)
    {
        if (Count != 0)
        {
            base.Run(input, output);
            return;
        }
        var skipped = (int)Math.Min(delay, input.Length);
        output[..skipped].Fill(double.NaN);
        inner.Run(input[skipped..], output[skipped..]);
    }

    protected override void Clear() => inner.Reset();
}
