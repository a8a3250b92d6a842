namespace Hive.Indicators.Internal;

/// <summary>TA-Lib's population variance over a window from running sums of x and x².</summary>
internal sealed class VarianceCore(int period) : Core(period - 1)
{
    private readonly Ring _window = new(period);
    private double _sum, _sumSquares;

    protected override void Step(double x, long index)
    {
        _window.Push(x);
        _sum += x;
        _sumSquares += x * x;
        if (index < period - 1) return;
        var mean = _sum / period;
        var meanSquares = _sumSquares / period;
        var trailing = _window.Ago(period - 1);
        _sum -= trailing;
        _sumSquares -= trailing * trailing;
        Value = meanSquares - (mean * mean);
    }

    public override void Run(ReadOnlySpan<double> input, Span<double> output)
    {
        if (Count != 0 || input.Length < period)
        {
            base.Run(input, output);
            return;
        }
        var lookback = period - 1;
        double sum = 0, sumSquares = 0;
        for (var i = 0; i < lookback; i++)
        {
            sum += input[i];
            sumSquares += input[i] * input[i];
            output[i] = double.NaN;
        }
        for (var i = lookback; i < input.Length; i++)
        {
            var x = input[i];
            sum += x;
            sumSquares += x * x;
            var mean = sum / period;
            var meanSquares = sumSquares / period;
            var trailing = input[i - lookback];
            sum -= trailing;
            sumSquares -= trailing * trailing;
            output[i] = meanSquares - (mean * mean);
        }
    }

    protected override void Clear()
    {
        _window.Clear();
        _sum = _sumSquares = 0;
    }
}

/// <summary>TA-Lib's SUM: the running total of <see cref="WindowTotalCore"/> as it is (divided by 1, which is exact).</summary>
internal sealed class SumCore(int period) : WindowTotalCore(period, 1.0);
