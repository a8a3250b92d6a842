namespace Hive.Indicators.Internal;

internal enum RegressionOutput
{
    Value,
    Angle,
    Intercept,
    Slope,
    Forecast,
}

/// <summary>
/// TA-Lib's least-squares fit over the last <c>period</c> values, recomputed per bar from the window (x runs
/// backwards from today, as in TA-Lib), so results match TA-Lib to the last bits instead of drifting.
/// </summary>
internal sealed class LinearRegressionCore(int period, RegressionOutput output) : Core(period - 1)
{
    private readonly Ring _window = new(period);
    private readonly double _sumX = period * (period - 1) * 0.5;
    private readonly double _sumXSquared = period * (period - 1) * ((2.0 * period) - 1) / 6.0;

    protected override void Step(double x, long index)
    {
        _window.Push(x);
        if (index < period - 1) return;
        var divisor = (_sumX * _sumX) - (period * _sumXSquared);
        double sumXY = 0, sumY = 0;
        for (var i = period - 1; i >= 0; i--)
        {
            var y = _window.Ago(i);
            sumY += y;
            sumXY += i * y;
        }
        var slope = ((period * sumXY) - (_sumX * sumY)) / divisor;
        var intercept = (sumY - (slope * _sumX)) / period;
        Value = output switch
        {
            RegressionOutput.Value => intercept + (slope * (period - 1)),
            RegressionOutput.Angle => Math.Atan(slope) * (180.0 / Math.PI),
            RegressionOutput.Intercept => intercept,
            RegressionOutput.Slope => slope,
            _ => intercept + (slope * period),
        };
    }

    protected override void Clear() => _window.Clear();
}

/// <summary>Mean absolute deviation from the window mean (TA-Lib AVGDEV).</summary>
internal sealed class AverageDeviationCore(int period) : Core(period - 1)
{
    private readonly Ring _window = new(period);

    protected override void Step(double x, long index)
    {
        _window.Push(x);
        if (index < period - 1) return;
        var sum = 0.0;
        for (var i = period - 1; i >= 0; i--) sum += _window.Ago(i);
        var mean = sum / period;
        var deviation = 0.0;
        for (var i = period - 1; i >= 0; i--) deviation += Math.Abs(_window.Ago(i) - mean);
        Value = deviation / period;
    }

    protected override void Clear() => _window.Clear();
}
