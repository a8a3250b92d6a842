namespace Hive.Indicators.Internal;

/// <summary>
/// A running total over the last <c>period</c> values, output divided by <c>divisor</c> — TA-Lib's SMA
/// (divisor = period) and SUM (divisor = 1). The trailing value is taken off after each output, in
/// TA-Lib's order, so the floating-point result is the same as TA-Lib's.
/// </summary>
internal abstract class WindowTotalCore(int period, double divisor) : Core(period - 1)
{
    private readonly Ring _window = new(period);
    private double _total;

    protected override void Step(double x, long index)
    {
        _window.Push(x);
        _total += x;
        if (index < period - 1) return;
        Value = _total / divisor;
        _total -= _window.Ago(period - 1);
    }

    public override void Run(ReadOnlySpan<double> input, Span<double> output)
    {
        if (Count != 0 || input.Length < period)
        {
            base.Run(input, output);
            return;
        }

        var lookback = period - 1;
        var total = 0.0;
        for (var i = 0; i < lookback; i++)
        {
            total += input[i];
            output[i] = double.NaN;
        }

        for (var i = lookback; i < input.Length; i++)
        {
            total += input[i];
            output[i] = total / divisor;
            total -= input[i - lookback];
        }
    }

    protected override void Clear()
    {
        _window.Clear();
        _total = 0;
    }
}
