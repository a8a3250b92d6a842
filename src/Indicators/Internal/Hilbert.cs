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
    private readonly HilbertFilter _detrender = new(), _q1 = new(), _ji = new(), _jq = new();
    private int _slot;
    private double _period, _prevQ2, _prevI2, _re, _im, _fama, _mama;
    private double _i1OddPrev2, _i1OddPrev3, _i1EvenPrev2, _i1EvenPrev3, _prevPhase;

    public double Fama => _fama;

    protected override void Step(double x, long index)
    {
        var smoothed = _smoother.Add(x, index);
        if (index < 12) return;
        var adjusted = (0.075 * _period) + 0.54;
        var even = index % 2 == 0;
        var detrender = _detrender.Apply(smoothed, even, _slot, adjusted);
        var q1 = _q1.Apply(detrender, even, _slot, adjusted);
        double i1Prev3;
        if (even)
        {
            i1Prev3 = _i1EvenPrev3;
        }
        else
        {
            i1Prev3 = _i1OddPrev3;
        }
        var ji = _ji.Apply(i1Prev3, even, _slot, adjusted);
        var jq = _jq.Apply(q1, even, _slot, adjusted);
        if (even && ++_slot == 3) _slot = 0;
        var q2 = (0.2 * (q1 + ji)) + (0.8 * _prevQ2);
        var i2 = (0.2 * (i1Prev3 - jq)) + (0.8 * _prevI2);
        if (even)
        {
            _i1OddPrev3 = _i1OddPrev2;
            _i1OddPrev2 = detrender;
        }
        else
        {
            _i1EvenPrev3 = _i1EvenPrev2;
            _i1EvenPrev2 = detrender;
        }
        var phase = i1Prev3 != 0.0 ? Math.Atan(q1 / i1Prev3) * Rad2Deg : 0.0;
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

        _re = (0.2 * ((i2 * _prevI2) + (q2 * _prevQ2))) + (0.8 * _re);
        _im = (0.2 * ((i2 * _prevQ2) - (q2 * _prevI2))) + (0.8 * _im);
        _prevQ2 = q2;
        _prevI2 = i2;
        var previous = _period;
        if (_im != 0.0 && _re != 0.0) _period = 360.0 / (Math.Atan(_im / _re) * Rad2Deg);
        if (_period > 1.5 * previous) _period = 1.5 * previous;
        if (_period < 0.67 * previous) _period = 0.67 * previous;
        if (_period < 6) _period = 6;
        else if (_period > 50) _period = 50;
        _period = (0.2 * _period) + (0.8 * previous);
    }

    protected override void Clear()
    {
        _smoother.Reset();
        _detrender.Reset();
        _q1.Reset();
        _ji.Reset();
        _jq.Reset();
        _slot = 0;
        _period = _prevQ2 = _prevI2 = _re = _im = _fama = _mama = 0;
        _i1OddPrev2 = _i1OddPrev3 = _i1EvenPrev2 = _i1EvenPrev3 = _prevPhase = 0;
    }
}
