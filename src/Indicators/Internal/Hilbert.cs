namespace Hive.Indicators.Internal;

/// <summary>
/// One of Ehlers' Hilbert-transform FIR filters as TA-Lib evaluates it: separate three-slot circular buffers
/// for odd and even bars, so each output costs a handful of multiplications instead of a 7-tap convolution.
/// </summary>
internal sealed class HilbertFilter
{
    private const double A = 0.0962;
    private const double B = 0.5769;
    private readonly double[] _odd = new double[3];
    private readonly double[] _even = new double[3];
    private double _prevOdd, _prevEven, _prevInputOdd, _prevInputEven;

    public double Apply(double input, bool even, int slot, double adjustedPrevPeriod)
    {
        var scaled = A * input;
        double r;
        if (even)
        {
            r = -_even[slot];
            _even[slot] = scaled;
            r += scaled;
            r -= _prevEven;
            _prevEven = B * _prevInputEven;
            r += _prevEven;
            _prevInputEven = input;
        }
        else
        {
            r = -_odd[slot];
            _odd[slot] = scaled;
            r += scaled;
            r -= _prevOdd;
            _prevOdd = B * _prevInputOdd;
            r += _prevOdd;
            _prevInputOdd = input;
        }
        return r * adjustedPrevPeriod;
    }

    public void Reset()
    {
        Array.Clear(_odd);
        Array.Clear(_even);
        _prevOdd = _prevEven = _prevInputOdd = _prevInputEven = 0;
    }
}

/// <summary>
/// The 4-bar weighted price smoother every Hilbert-transform function starts with; TA-Lib warms it up on
/// the first 12 bars (3 seed values, 9 discarded outputs) before the transform proper starts.
/// </summary>
internal sealed class HilbertSmoother
{
    private readonly Ring _prices = new(4);
    private double _sum, _sub, _trailing;

    /// <summary>Adds the price at <paramref name="index"/>; the result is meaningful from index 3.</summary>
    public double Add(double x, long index)
    {
        _prices.Push(x);
        if (index < 3)
        {
            _sub += x;
            _sum += x * (index + 1);
            return 0;
        }
        _sub += x;
        _sub -= _trailing;
        _sum += x * 4.0;
        _trailing = _prices.Ago(3);
        var smoothed = _sum * 0.1;
        _sum -= _sub;
        return smoothed;
    }

    public void Reset()
    {
        _prices.Clear();
        _sum = _sub = _trailing = 0;
    }
}

/// <summary>Ehlers' MESA adaptive moving average (MAMA and FAMA), TA-Lib's arithmetic, lookback 32.</summary>
internal sealed class MamaCore(double fastLimit, double slowLimit) : Core(32)
{
    private static readonly double Rad2Deg = 180.0 / (4.0 * Math.Atan(1));
    private readonly HilbertSmoother _smoother = new();
    private readonly HilbertTransform _transform = new(Rad2Deg);
    private double _fama, _mama, _prevPhase;

    public double Fama => _fama;

    protected override void Step(double x, long index)
    {
        var smoothed = _smoother.Add(x, index);
        if (index < 12) return;
        _transform.Step(smoothed, index);
        var i1Prev3 = _transform.InPhase;
        var phase = i1Prev3 != 0.0 ? Math.Atan(_transform.Quadrature / i1Prev3) * Rad2Deg : 0.0;
        var deltaPhase = _prevPhase - phase;
        _prevPhase = phase;
        if (deltaPhase < 1.0) deltaPhase = 1.0;
        double alpha;
        if (deltaPhase > 1.0)
        {
            alpha = fastLimit / deltaPhase;
            if (alpha < slowLimit) alpha = slowLimit;
        }
        else
        {
            alpha = fastLimit;
        }
        _mama = (alpha * x) + ((1 - alpha) * _mama);
        alpha *= 0.5;
        _fama = (alpha * _mama) + ((1 - alpha) * _fama);
        Value = _mama;
    }

    protected override void Clear()
    {
        _smoother.Reset();
        _transform.Reset();
        _fama = _mama = _prevPhase = 0;
    }
}
