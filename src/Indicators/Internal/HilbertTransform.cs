namespace Hive.Indicators.Internal;

/// <summary>
/// The core both MAMA and the HT_* functions share: Ehlers' detrender and in-phase/quadrature filters on
/// the smoothed price, and the dominant-cycle period measured from them, bar by bar in TA-Lib's order.
/// <paramref name="rad2Deg"/> is passed in because TA-Lib's MAMA and HT_* sources spell the constant
/// differently, and the outputs must stay bit-identical to theirs.
/// </summary>
internal sealed class HilbertTransform(double rad2Deg)
{
    private readonly HilbertFilter _detrender = new(), _q1 = new(), _ji = new(), _jq = new();
    private int _slot;
    private double _prevQ2, _prevI2, _re, _im;
    private double _i1OddPrev2, _i1OddPrev3, _i1EvenPrev2, _i1EvenPrev3;

    /// <summary>The smoothed dominant-cycle period (TA-Lib's <c>period</c>).</summary>
    public double Period { get; private set; }

    /// <summary>In-phase component of the current bar (the detrender three bars back, same parity).</summary>
    public double InPhase { get; private set; }

    /// <summary>Quadrature component of the current bar.</summary>
    public double Quadrature { get; private set; }

    public void Step(double smoothed, long index)
    {
        var adjusted = (0.075 * Period) + 0.54;
        var even = index % 2 == 0;
        var detrender = _detrender.Apply(smoothed, even, _slot, adjusted);
        var q1 = _q1.Apply(detrender, even, _slot, adjusted);
        var i1Prev3 = even ? _i1EvenPrev3 : _i1OddPrev3;
        InPhase = i1Prev3;
        Quadrature = q1;
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

        _re = (0.2 * ((i2 * _prevI2) + (q2 * _prevQ2))) + (0.8 * _re);
        _im = (0.2 * ((i2 * _prevQ2) - (q2 * _prevI2))) + (0.8 * _im);
        _prevQ2 = q2;
        _prevI2 = i2;
        var previous = Period;
        var period = Period;
        if (_im != 0.0 && _re != 0.0) period = 360.0 / (Math.Atan(_im / _re) * rad2Deg);
        if (period > 1.5 * previous) period = 1.5 * previous;
        if (period < 0.67 * previous) period = 0.67 * previous;
        if (period < 6) period = 6;
        else if (period > 50) period = 50;
        Period = (0.2 * period) + (0.8 * previous);
    }

    public void Reset()
    {
        _detrender.Reset();
        _q1.Reset();
        _ji.Reset();
        _jq.Reset();
        _slot = 0;
        _prevQ2 = _prevI2 = _re = _im = 0;
        _i1OddPrev2 = _i1OddPrev3 = _i1EvenPrev2 = _i1EvenPrev3 = 0;
        Period = InPhase = Quadrature = 0;
    }
}
