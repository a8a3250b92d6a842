namespace Hive.Indicators.Registry;

public static partial class IndicatorRegistry
{
    private static void AddVolatilityAndVolume(List<IndicatorDefinition> l)
    {
        IndicatorOutput[] one = Out("outReal");
        Add(l, "ATR", VolatilityIndicators, "Average True Range", Price("HLC"), [Period(14, 1)], one,
            p => Volatility.AtrLookback(I(p, 0)), c => Volatility.Atr(c.Series.High, c.Series.Low, c.Series.Close, c.R(0), c.I(0)), p => new AtrStream(I(p, 0)));
        Add(l, "NATR", VolatilityIndicators, "Normalized Average True Range", Price("HLC"), [Period(14, 1)], one,
            p => Volatility.NatrLookback(I(p, 0)), c => Volatility.Natr(c.Series.High, c.Series.Low, c.Series.Close, c.R(0), c.I(0)), p => new NatrStream(I(p, 0)));
        Add(l, "TRANGE", VolatilityIndicators, "True Range", Price("HLC"), [], one,
            _ => Volatility.TrangeLookback(), c => Volatility.Trange(c.Series.High, c.Series.Low, c.Series.Close, c.R(0)), _ => new TrangeStream());
        Add(l, "AD", VolumeIndicators, "Chaikin A/D Line", Price("HLCV"), [], one,
            _ => Indicators.VolumeIndicators.AdLookback(), c => Indicators.VolumeIndicators.Ad(c.Series.High, c.Series.Low, c.Series.Close, c.Series.Volume, c.R(0)), _ => new AdStream());
        Add(l, "ADOSC", VolumeIndicators, "Chaikin A/D Oscillator", Price("HLCV"), [Int("optInFastPeriod", 3, 2), Int("optInSlowPeriod", 10, 2)], one,
            p => Indicators.VolumeIndicators.AdOscLookback(I(p, 0), I(p, 1)),
            c => Indicators.VolumeIndicators.AdOsc(c.Series.High, c.Series.Low, c.Series.Close, c.Series.Volume, c.R(0), c.I(0), c.I(1)),
            p => new AdOscStream(I(p, 0), I(p, 1)));
        Add(l, "OBV", VolumeIndicators, "On Balance Volume", [new("inReal", InputKind.Real, "close"), new("inPriceV", InputKind.Price, "V")], [], one,
            _ => Indicators.VolumeIndicators.ObvLookback(), c => Indicators.VolumeIndicators.Obv(c.Real0, c.Series.Volume, c.R(0)), _ => new ObvStream());
    }

    private static void AddPriceAndStatistics(List<IndicatorDefinition> l)
    {
        IndicatorOutput[] one = Out("outReal");
        Add(l, "AVGPRICE", PriceTransform, "Average Price", Price("OHLC"), [], one,
            _ => PriceTransforms.AvgPriceLookback(), c => PriceTransforms.AvgPrice(c.Series.Open, c.Series.High, c.Series.Low, c.Series.Close, c.R(0)), _ => new AvgPriceStream());
        Add(l, "MEDPRICE", PriceTransform, "Median Price", Price("HL"), [], one,
            _ => PriceTransforms.MedPriceLookback(), c => PriceTransforms.MedPrice(c.Series.High, c.Series.Low, c.R(0)), _ => new MedPriceStream());
        Add(l, "TYPPRICE", PriceTransform, "Typical Price", Price("HLC"), [], one,
            _ => PriceTransforms.TypPriceLookback(), c => PriceTransforms.TypPrice(c.Series.High, c.Series.Low, c.Series.Close, c.R(0)), _ => new TypPriceStream());
        Add(l, "WCLPRICE", PriceTransform, "Weighted Close Price", Price("HLC"), [], one,
            _ => PriceTransforms.WclPriceLookback(), c => PriceTransforms.WclPrice(c.Series.High, c.Series.Low, c.Series.Close, c.R(0)), _ => new WclPriceStream());
        Add(l, "AVGDEV", PriceTransform, "Average Deviation", Real(), [Period(14)], one,
            p => PriceTransforms.AvgDevLookback(I(p, 0)), c => PriceTransforms.AvgDev(c.Real0, c.R(0), c.I(0)), p => new AvgDevStream(I(p, 0)));

        const string G = StatisticFunctions;
        Add(l, "BETA", G, "Beta", TwoReals(), [Period(5, 1)], one,
            p => Statistics.BetaLookback(I(p, 0)), c => Statistics.Beta(c.Real0, c.Real1, c.R(0), c.I(0)), p => new BetaStream(I(p, 0)));
        Add(l, "CORREL", G, "Pearson's Correlation Coefficient (r)", TwoReals(), [Period(30, 1)], one,
            p => Statistics.CorrelLookback(I(p, 0)), c => Statistics.Correl(c.Real0, c.Real1, c.R(0), c.I(0)), p => new CorrelStream(I(p, 0)));
        Add(l, "LINEARREG", G, "Linear Regression", Real(), [Period(14)], one,
            p => Statistics.LinearRegLookback(I(p, 0)), c => Statistics.LinearReg(c.Real0, c.R(0), c.I(0)), p => new LinearRegStream(I(p, 0)));
        Add(l, "LINEARREG_ANGLE", G, "Linear Regression Angle", Real(), [Period(14)], one,
            p => Statistics.LinearRegAngleLookback(I(p, 0)), c => Statistics.LinearRegAngle(c.Real0, c.R(0), c.I(0)), p => new LinearRegAngleStream(I(p, 0)));
        Add(l, "LINEARREG_INTERCEPT", G, "Linear Regression Intercept", Real(), [Period(14)], one,
            p => Statistics.LinearRegInterceptLookback(I(p, 0)), c => Statistics.LinearRegIntercept(c.Real0, c.R(0), c.I(0)), p => new LinearRegInterceptStream(I(p, 0)));
        Add(l, "LINEARREG_SLOPE", G, "Linear Regression Slope", Real(), [Period(14)], one,
            p => Statistics.LinearRegSlopeLookback(I(p, 0)), c => Statistics.LinearRegSlope(c.Real0, c.R(0), c.I(0)), p => new LinearRegSlopeStream(I(p, 0)));
        Add(l, "STDDEV", G, "Standard Deviation", Real(), [Period(5), Dbl("optInNbDev", 1)], one,
            p => Statistics.StdDevLookback(I(p, 0), p[1]), c => Statistics.StdDev(c.Real0, c.R(0), c.I(0), c.D(1)), p => new StdDevStream(I(p, 0), p[1]));
        Add(l, "TSF", G, "Time Series Forecast", Real(), [Period(14)], one,
            p => Statistics.TsfLookback(I(p, 0)), c => Statistics.Tsf(c.Real0, c.R(0), c.I(0)), p => new TsfStream(I(p, 0)));
        Add(l, "VAR", G, "Variance", Real(), [Period(5, 1), Dbl("optInNbDev", 1)], one,
            p => Statistics.VarLookback(I(p, 0), p[1]), c => Statistics.Var(c.Real0, c.R(0), c.I(0), c.D(1)), p => new VarStream(I(p, 0), p[1]));
    }
}
