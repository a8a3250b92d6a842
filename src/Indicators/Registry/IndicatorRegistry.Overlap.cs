namespace Hive.Indicators.Registry;

public static partial class IndicatorRegistry
{
    private static void AddOverlap(List<IndicatorDefinition> l)
    {
        const string G = OverlapStudies;
        Add(l, "ACCBANDS", G, "Acceleration Bands", Price("HLC"), [Period(20)], Out("outRealUpperBand", "outRealMiddleBand", "outRealLowerBand"),
            p => Overlap.AccbandsLookback(I(p, 0)),
            c => Overlap.Accbands(c.Series.High, c.Series.Low, c.Series.Close, c.R(0), c.R(1), c.R(2), c.I(0)),
            p => new AccbandsStream(I(p, 0)));
        Add(l, "BBANDS", G, "Bollinger Bands", Real(), [Period(5), Dbl("optInNbDevUp", 2), Dbl("optInNbDevDn", 2), Ma()], Out("outRealUpperBand", "outRealMiddleBand", "outRealLowerBand"),
            p => Overlap.BbandsLookback(I(p, 0), p[1], p[2], M(p, 3)),
            c => Overlap.Bbands(c.Real0, c.R(0), c.R(1), c.R(2), c.I(0), c.D(1), c.D(2), c.M(3)),
            p => new BbandsStream(I(p, 0), p[1], p[2], M(p, 3)));
        Add(l, "DEMA", G, "Double Exponential Moving Average", Real(), [Period(30)], Out("outReal"),
            p => Overlap.DemaLookback(I(p, 0)), c => Overlap.Dema(c.Real0, c.R(0), c.I(0)), p => new DemaStream(I(p, 0)));
        Add(l, "EMA", G, "Exponential Moving Average", Real(), [Period(30)], Out("outReal"),
            p => Overlap.EmaLookback(I(p, 0)), c => Overlap.Ema(c.Real0, c.R(0), c.I(0)), p => new EmaStream(I(p, 0)));
        Add(l, "KAMA", G, "Kaufman Adaptive Moving Average", Real(), [Period(30)], Out("outReal"),
            p => Overlap.KamaLookback(I(p, 0)), c => Overlap.Kama(c.Real0, c.R(0), c.I(0)), p => new KamaStream(I(p, 0)));
        Add(l, "MA", G, "Moving average", Real(), [Period(30, 1), Ma()], Out("outReal"),
            p => Overlap.MaLookback(I(p, 0), M(p, 1)), c => Overlap.Ma(c.Real0, c.R(0), c.I(0), c.M(1)), p => new MaStream(I(p, 0), M(p, 1)));
        Add(l, "MAMA", G, "MESA Adaptive Moving Average", Real(), [Dbl("optInFastLimit", 0.5, 0.01, 0.99), Dbl("optInSlowLimit", 0.05, 0.01, 0.99)], Out("outMAMA", "outFAMA"),
            p => Overlap.MamaLookback(p[0], p[1]), c => Overlap.Mama(c.Real0, c.R(0), c.R(1), c.D(0), c.D(1)), p => new MamaStream(p[0], p[1]));
        Add(l, "MAVP", G, "Moving average with variable period", [new("inReal", InputKind.Real, "close"), new("inPeriods", InputKind.Real, "periods")],
            [Int("optInMinPeriod", 2, 2), Int("optInMaxPeriod", 30, 2), Ma()], Out("outReal"),
            p => Overlap.MavpLookback(I(p, 0), I(p, 1), M(p, 2)),
            c => Overlap.Mavp(c.Real0, c.Real1, c.R(0), c.I(0), c.I(1), c.M(2)),
            p => new MavpStream(I(p, 0), I(p, 1), M(p, 2)));
        Add(l, "MIDPOINT", G, "MidPoint over period", Real(), [Period(14)], Out("outReal"),
            p => Overlap.MidpointLookback(I(p, 0)), c => Overlap.Midpoint(c.Real0, c.R(0), c.I(0)), p => new MidpointStream(I(p, 0)));
        Add(l, "MIDPRICE", G, "Midpoint Price over period", Price("HL"), [Period(14)], Out("outReal"),
            p => Overlap.MidpriceLookback(I(p, 0)), c => Overlap.Midprice(c.Series.High, c.Series.Low, c.R(0), c.I(0)), p => new MidpriceStream(I(p, 0)));
        Add(l, "SAR", G, "Parabolic SAR", Price("HL"), [Dbl("optInAcceleration", 0.02, 0), Dbl("optInMaximum", 0.2, 0)], Out("outReal"),
            p => Overlap.SarLookback(p[0], p[1]), c => Overlap.Sar(c.Series.High, c.Series.Low, c.R(0), c.D(0), c.D(1)), p => new SarStream(p[0], p[1]));
        Add(l, "SAREXT", G, "Parabolic SAR - Extended", Price("HL"),
            [Dbl("optInStartValue", 0), Dbl("optInOffsetOnReverse", 0, 0), Dbl("optInAccelerationInitLong", 0.02, 0), Dbl("optInAccelerationLong", 0.02, 0),
             Dbl("optInAccelerationMaxLong", 0.2, 0), Dbl("optInAccelerationInitShort", 0.02, 0), Dbl("optInAccelerationShort", 0.02, 0), Dbl("optInAccelerationMaxShort", 0.2, 0)],
            Out("outReal"),
            p => Overlap.SarExtLookback(p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7]),
            c => Overlap.SarExt(c.Series.High, c.Series.Low, c.R(0), c.D(0), c.D(1), c.D(2), c.D(3), c.D(4), c.D(5), c.D(6), c.D(7)),
            p => new SarExtStream(p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7]));
        Add(l, "SMA", G, "Simple Moving Average", Real(), [Period(30)], Out("outReal"),
            p => Overlap.SmaLookback(I(p, 0)), c => Overlap.Sma(c.Real0, c.R(0), c.I(0)), p => new SmaStream(I(p, 0)));
        Add(l, "T3", G, "Triple Exponential Moving Average (T3)", Real(), [Period(5), Dbl("optInVFactor", 0.7, 0, 1)], Out("outReal"),
            p => Overlap.T3Lookback(I(p, 0), p[1]), c => Overlap.T3(c.Real0, c.R(0), c.I(0), c.D(1)), p => new T3Stream(I(p, 0), p[1]));
        Add(l, "TEMA", G, "Triple Exponential Moving Average", Real(), [Period(30)], Out("outReal"),
            p => Overlap.TemaLookback(I(p, 0)), c => Overlap.Tema(c.Real0, c.R(0), c.I(0)), p => new TemaStream(I(p, 0)));
        Add(l, "TRIMA", G, "Triangular Moving Average", Real(), [Period(30)], Out("outReal"),
            p => Overlap.TrimaLookback(I(p, 0)), c => Overlap.Trima(c.Real0, c.R(0), c.I(0)), p => new TrimaStream(I(p, 0)));
        Add(l, "WMA", G, "Weighted Moving Average", Real(), [Period(30)], Out("outReal"),
            p => Overlap.WmaLookback(I(p, 0)), c => Overlap.Wma(c.Real0, c.R(0), c.I(0)), p => new WmaStream(I(p, 0)));
    }
}
