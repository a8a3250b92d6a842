namespace Hive.Indicators.Internal;

/// <summary>
/// Ehlers' Hilbert-transform cycle measurement as TA-Lib's HT_* functions compute it: the smoothed price,
/// the in-phase and quadrature components, the dominant cycle period, and optionally its phase (with the
/// sine wave) and the instantaneous trendline and trend mode. TA-Lib starts the transform after 12 bars for
/// the lookback-32 functions and after 37 bars for the lookback-63 ones; so does this.
/// </summary>
internal sealed class HilbertCycle(int firstBar, bool phase, bool trend)
{
    private static readonly double Rad2Deg = 45.0 / Math.Atan(1);
    private static readonly double Deg2Rad = 1.0 / Rad2Deg;
    private static readonly double TwoPi = Math.Atan(1) * 8.0;
    private const int MaxPeriod = 50;

    // sin/cos of i·2π/period for every period the cycle can take: the phase loop then costs multiplications
    // only. Built with the very expression used per bar, so the values are bit-identical.
    private static readonly double[][] SinTable = Table(Math.Sin);
    private static readonly double[][] CosTable = Table(Math.Cos);
    private readonly HilbertSmoother _smoother = new();
    private readonly HilbertTransform _transform = new(Rad2Deg);
    private readonly Ring _smoothPrices = new(50);
    private readonly Ring _prices = new(50);
    private int _daysInTrend;
    private double _iTrend1, _iTrend2, _iTrend3;

    public double InPhase { get; private set; }

    public double Quadrature { get; private set; }

    public double SmoothPeriod { get; private set; }

    public double DcPhase { get; private set; }

    public double Sine { get; private set; }

    public double LeadSine { get; private set; }

    public double Trendline { get; private set; }

    public int TrendMode { get; private set; }

    /// <summary>Adds the price at <paramref name="index"/>; returns false while still warming up the smoother.</summary>
    public bool Add(double x, long index)
    {
        var smoothed = _smoother.Add(x, index);
        _prices.Push(x);
        if (index < firstBar) return false;
        _smoothPrices.Push(smoothed);
        _transform.Step(smoothed, index);
        InPhase = _transform.InPhase;
        Quadrature = _transform.Quadrature;
        SmoothPeriod = (0.33 * _transform.Period) + (0.67 * SmoothPeriod);
        if (phase || trend) MeasurePhase();
        if (trend) MeasureTrend();
        return true;
    }

    public void Reset()
    {
        _smoother.Reset();
        _transform.Reset();
        _smoothPrices.Clear();
        _prices.Clear();
        _daysInTrend = 0;
        _iTrend1 = _iTrend2 = _iTrend3 = 0;
        InPhase = Quadrature = SmoothPeriod = DcPhase = Sine = LeadSine = Trendline = 0;
        TrendMode = 0;
    }

    private double _prevDcPhase, _prevSine, _prevLeadSine;

    private void MeasurePhase()
    {
        _prevDcPhase = DcPhase;
        var periodInt = (int)(SmoothPeriod + 0.5);
        double realPart = 0, imagPart = 0;
        if (periodInt <= MaxPeriod)
        {
            var sin = SinTable[periodInt];
            var cos = CosTable[periodInt];
            for (var i = 0; i < periodInt; i++)
            {
                var price = _smoothPrices.Ago(i);
                realPart += sin[i] * price;
                imagPart += cos[i] * price;
            }
        }
        else
        {
            for (var i = 0; i < periodInt; i++)
            {
                var angle = i * TwoPi / periodInt;
                var price = _smoothPrices.Ago(i);
                realPart += Math.Sin(angle) * price;
                imagPart += Math.Cos(angle) * price;
            }
        }
        var phase = DcPhase;
        var magnitude = Math.Abs(imagPart);
        if (magnitude > 0.0) phase = Math.Atan(realPart / imagPart) * Rad2Deg;
        else if (magnitude <= 0.01)
        {
            if (realPart < 0.0) phase -= 90.0;
            else if (realPart > 0.0) phase += 90.0;
        }
        phase += 90.0;
        phase += 360.0 / SmoothPeriod;
        if (imagPart < 0.0) phase += 180.0;
        if (phase > 315.0) phase -= 360.0;
        DcPhase = phase;
        _prevSine = Sine;
        _prevLeadSine = LeadSine;
        Sine = Math.Sin(phase * Deg2Rad);
        LeadSine = Math.Sin((phase + 45) * Deg2Rad);
    }

    private static double[][] Table(Func<double, double> f)
    {
        var table = new double[MaxPeriod + 1][];
        for (var period = 0; period <= MaxPeriod; period++)
        {
            table[period] = new double[period];
            for (var i = 0; i < period; i++) table[period][i] = f(i * TwoPi / period);
        }
        return table;
    }

    private void MeasureTrend()
    {
        var periodInt = (int)(SmoothPeriod + 0.5);
        var average = 0.0;
        for (var i = 0; i < periodInt; i++) average += _prices.Ago(i);
        if (periodInt > 0) average /= periodInt;
        Trendline = ((4.0 * average) + (3.0 * _iTrend1) + (2.0 * _iTrend2) + _iTrend3) / 10.0;
        _iTrend3 = _iTrend2;
        _iTrend2 = _iTrend1;
        _iTrend1 = average;

        var mode = 1;
        if ((Sine > LeadSine && _prevSine <= _prevLeadSine) || (Sine < LeadSine && _prevSine >= _prevLeadSine))
        {
            _daysInTrend = 0;
            mode = 0;
        }
        _daysInTrend++;
        if (_daysInTrend < 0.5 * SmoothPeriod) mode = 0;
        var phaseChange = DcPhase - _prevDcPhase;
        if (SmoothPeriod != 0.0 && phaseChange > 0.67 * 360.0 / SmoothPeriod && phaseChange < 1.5 * 360.0 / SmoothPeriod) mode = 0;
        if (Trendline != 0.0 && Math.Abs((_smoothPrices.Ago(0) - Trendline) / Trendline) >= 0.015) mode = 1;
        TrendMode = mode;
    }
}
