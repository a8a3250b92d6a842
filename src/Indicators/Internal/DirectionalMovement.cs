namespace Hive.Indicators.Internal;

/// <summary>
/// Wilder's +DM, -DM and true range as TA-Lib accumulates them: raw sums over bars 1..period-1, Wilder
/// smoothing (<c>x - x/period + today</c>) from bar <c>period</c> on. Shared by DX, ADX, ADXR, ±DI and ±DM.
/// </summary>
internal sealed class DirectionalMovement(int period)
{
    private long _index;
    private double _prevHigh, _prevLow, _prevClose;

    public double PlusDm { get; private set; }

    public double MinusDm { get; private set; }

    public double TrueRange { get; private set; }

    /// <summary>Today's unsmoothed +DM, -DM and true range (for the period-1 special cases).</summary>
    public double RawPlus { get; private set; }

    public double RawMinus { get; private set; }

    public double RawTrueRange { get; private set; }

    public long Index => _index - 1;

    public void Add(in Ohlcv bar)
    {
        if (_index++ == 0)
        {
            _prevHigh = bar.High;
            _prevLow = bar.Low;
            _prevClose = bar.Close;
            return;
        }
        var diffP = bar.High - _prevHigh;
        var diffM = _prevLow - bar.Low;
        _prevHigh = bar.High;
        _prevLow = bar.Low;
        RawMinus = diffM > 0 && diffP < diffM ? diffM : 0;
        RawPlus = RawMinus == 0 && diffP > 0 && diffP > diffM ? diffP : 0;
        RawTrueRange = Range(bar.High, bar.Low, _prevClose);
        if (_index - 1 < period)
        {
            MinusDm += RawMinus;
            PlusDm += RawPlus;
            TrueRange += RawTrueRange;
        }
        else
        {
            MinusDm -= MinusDm / period;
            PlusDm -= PlusDm / period;
            MinusDm += RawMinus;
            PlusDm += RawPlus;
            TrueRange = TrueRange - (TrueRange / period) + RawTrueRange;
        }
        _prevClose = bar.Close;
    }

    /// <summary>Today's DX, or false when TA-Lib would keep the previous value (zero range or zero DI sum).</summary>
    public bool TryDx(out double dx)
    {
        dx = 0;
        if (Numerics.IsZero(TrueRange)) return false;
        var minusDi = 100.0 * (MinusDm / TrueRange);
        var plusDi = 100.0 * (PlusDm / TrueRange);
        var sum = minusDi + plusDi;
        if (Numerics.IsZero(sum)) return false;
        dx = 100.0 * (Math.Abs(minusDi - plusDi) / sum);
        return true;
    }

    public void Reset()
    {
        _index = 0;
        PlusDm = MinusDm = TrueRange = 0;
        RawPlus = RawMinus = RawTrueRange = 0;
    }

    /// <summary>TA-Lib's true range: the largest of high-low, |high-prevClose|, |low-prevClose|.</summary>
    public static double Range(double high, double low, double prevClose)
    {
        var range = high - low;
        var up = Math.Abs(high - prevClose);
        if (up > range) range = up;
        var down = Math.Abs(low - prevClose);
        if (down > range) range = down;
        return range;
    }
}
