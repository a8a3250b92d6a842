namespace Hive.Indicators.Registry;

public static partial class IndicatorRegistry
{
    private static void AddMomentum(List<IndicatorDefinition> l)
    {
        const string G = MomentumIndicators;
        IndicatorOutput[] one = Out("outReal");
        Add(l, "ADX", G, "Average Directional Movement Index", Price("HLC"), [Period(14)], one,
            p => Momentum.AdxLookback(I(p, 0)), c => Momentum.Adx(c.Series.High, c.Series.Low, c.Series.Close, c.R(0), c.I(0)), p => new AdxStream(I(p, 0)));
        Add(l, "ADXR", G, "Average Directional Movement Index Rating", Price("HLC"), [Period(14)], one,
            p => Momentum.AdxrLookback(I(p, 0)), c => Momentum.Adxr(c.Series.High, c.Series.Low, c.Series.Close, c.R(0), c.I(0)), p => new AdxrStream(I(p, 0)));
        Add(l, "APO", G, "Absolute Price Oscillator", Real(), [Int("optInFastPeriod", 12, 2), Int("optInSlowPeriod", 26, 2), Ma()], one,
            p => Momentum.ApoLookback(I(p, 0), I(p, 1), M(p, 2)), c => Momentum.Apo(c.Real0, c.R(0), c.I(0), c.I(1), c.M(2)), p => new ApoStream(I(p, 0), I(p, 1), M(p, 2)));
        Add(l, "AROON", G, "Aroon", Price("HL"), [Period(14)], Out("outAroonDown", "outAroonUp"),
            p => Momentum.AroonLookback(I(p, 0)), c => Momentum.Aroon(c.Series.High, c.Series.Low, c.R(0), c.R(1), c.I(0)), p => new AroonStream(I(p, 0)));
        Add(l, "AROONOSC", G, "Aroon Oscillator", Price("HL"), [Period(14)], one,
            p => Momentum.AroonOscLookback(I(p, 0)), c => Momentum.AroonOsc(c.Series.High, c.Series.Low, c.R(0), c.I(0)), p => new AroonOscStream(I(p, 0)));
        Add(l, "BOP", G, "Balance Of Power", Price("OHLC"), [], one,
            _ => Momentum.BopLookback(), c => Momentum.Bop(c.Series.Open, c.Series.High, c.Series.Low, c.Series.Close, c.R(0)), _ => new BopStream());
        Add(l, "CCI", G, "Commodity Channel Index", Price("HLC"), [Period(14)], one,
            p => Momentum.CciLookback(I(p, 0)), c => Momentum.Cci(c.Series.High, c.Series.Low, c.Series.Close, c.R(0), c.I(0)), p => new CciStream(I(p, 0)));
        Add(l, "CMO", G, "Chande Momentum Oscillator", Real(), [Period(14)], one,
            p => Momentum.CmoLookback(I(p, 0)), c => Momentum.Cmo(c.Real0, c.R(0), c.I(0)), p => new CmoStream(I(p, 0)));
        Add(l, "DX", G, "Directional Movement Index", Price("HLC"), [Period(14)], one,
            p => Momentum.DxLookback(I(p, 0)), c => Momentum.Dx(c.Series.High, c.Series.Low, c.Series.Close, c.R(0), c.I(0)), p => new DxStream(I(p, 0)));
        Add(l, "IMI", G, "Intraday Momentum Index", Price("OC"), [Period(14)], one,
            p => Momentum.ImiLookback(I(p, 0)), c => Momentum.Imi(c.Series.Open, c.Series.Close, c.R(0), c.I(0)), p => new ImiStream(I(p, 0)));
        Add(l, "MACD", G, "Moving Average Convergence/Divergence", Real(),
            [Int("optInFastPeriod", 12, 2), Int("optInSlowPeriod", 26, 2), Int("optInSignalPeriod", 9, 1)], Out("outMACD", "outMACDSignal", "outMACDHist"),
            p => Momentum.MacdLookback(I(p, 0), I(p, 1), I(p, 2)),
            c => Momentum.Macd(c.Real0, c.R(0), c.R(1), c.R(2), c.I(0), c.I(1), c.I(2)),
            p => new MacdStream(I(p, 0), I(p, 1), I(p, 2)));
        Add(l, "MACDEXT", G, "MACD with controllable MA type", Real(),
            [Int("optInFastPeriod", 12, 2), Ma("optInFastMAType"), Int("optInSlowPeriod", 26, 2), Ma("optInSlowMAType"), Int("optInSignalPeriod", 9, 1), Ma("optInSignalMAType")],
            Out("outMACD", "outMACDSignal", "outMACDHist"),
            p => Momentum.MacdExtLookback(I(p, 0), M(p, 1), I(p, 2), M(p, 3), I(p, 4), M(p, 5)),
            c => Momentum.MacdExt(c.Real0, c.R(0), c.R(1), c.R(2), c.I(0), c.M(1), c.I(2), c.M(3), c.I(4), c.M(5)),
            p => new MacdExtStream(I(p, 0), M(p, 1), I(p, 2), M(p, 3), I(p, 4), M(p, 5)));
        Add(l, "MACDFIX", G, "Moving Average Convergence/Divergence Fix 12/26", Real(), [Int("optInSignalPeriod", 9, 1)], Out("outMACD", "outMACDSignal", "outMACDHist"),
            p => Momentum.MacdFixLookback(I(p, 0)), c => Momentum.MacdFix(c.Real0, c.R(0), c.R(1), c.R(2), c.I(0)), p => new MacdFixStream(I(p, 0)));
        Add(l, "MFI", G, "Money Flow Index", Price("HLCV"), [Period(14)], one,
            p => Momentum.MfiLookback(I(p, 0)), c => Momentum.Mfi(c.Series.High, c.Series.Low, c.Series.Close, c.Series.Volume, c.R(0), c.I(0)), p => new MfiStream(I(p, 0)));
        Add(l, "MINUS_DI", G, "Minus Directional Indicator", Price("HLC"), [Period(14, 1)], one,
            p => Momentum.MinusDiLookback(I(p, 0)), c => Momentum.MinusDi(c.Series.High, c.Series.Low, c.Series.Close, c.R(0), c.I(0)), p => new MinusDiStream(I(p, 0)));
        Add(l, "MINUS_DM", G, "Minus Directional Movement", Price("HL"), [Period(14, 1)], one,
            p => Momentum.MinusDmLookback(I(p, 0)), c => Momentum.MinusDm(c.Series.High, c.Series.Low, c.R(0), c.I(0)), p => new MinusDmStream(I(p, 0)));
        Add(l, "MOM", G, "Momentum", Real(), [Period(10, 1)], one,
            p => Momentum.MomLookback(I(p, 0)), c => Momentum.Mom(c.Real0, c.R(0), c.I(0)), p => new MomStream(I(p, 0)));
        Add(l, "PLUS_DI", G, "Plus Directional Indicator", Price("HLC"), [Period(14, 1)], one,
            p => Momentum.PlusDiLookback(I(p, 0)), c => Momentum.PlusDi(c.Series.High, c.Series.Low, c.Series.Close, c.R(0), c.I(0)), p => new PlusDiStream(I(p, 0)));
        Add(l, "PLUS_DM", G, "Plus Directional Movement", Price("HL"), [Period(14, 1)], one,
            p => Momentum.PlusDmLookback(I(p, 0)), c => Momentum.PlusDm(c.Series.High, c.Series.Low, c.R(0), c.I(0)), p => new PlusDmStream(I(p, 0)));
        Add(l, "PPO", G, "Percentage Price Oscillator", Real(), [Int("optInFastPeriod", 12, 2), Int("optInSlowPeriod", 26, 2), Ma()], one,
            p => Momentum.PpoLookback(I(p, 0), I(p, 1), M(p, 2)), c => Momentum.Ppo(c.Real0, c.R(0), c.I(0), c.I(1), c.M(2)), p => new PpoStream(I(p, 0), I(p, 1), M(p, 2)));
        Add(l, "ROC", G, "Rate of change : ((price/prevPrice)-1)*100", Real(), [Period(10, 1)], one,
            p => Momentum.RocLookback(I(p, 0)), c => Momentum.Roc(c.Real0, c.R(0), c.I(0)), p => new RocStream(I(p, 0)));
        Add(l, "ROCP", G, "Rate of change Percentage: (price-prevPrice)/prevPrice", Real(), [Period(10, 1)], one,
            p => Momentum.RocpLookback(I(p, 0)), c => Momentum.Rocp(c.Real0, c.R(0), c.I(0)), p => new RocpStream(I(p, 0)));
        Add(l, "ROCR", G, "Rate of change ratio: (price/prevPrice)", Real(), [Period(10, 1)], one,
            p => Momentum.RocrLookback(I(p, 0)), c => Momentum.Rocr(c.Real0, c.R(0), c.I(0)), p => new RocrStream(I(p, 0)));
        Add(l, "ROCR100", G, "Rate of change ratio 100 scale: (price/prevPrice)*100", Real(), [Period(10, 1)], one,
            p => Momentum.Rocr100Lookback(I(p, 0)), c => Momentum.Rocr100(c.Real0, c.R(0), c.I(0)), p => new Rocr100Stream(I(p, 0)));
        Add(l, "RSI", G, "Relative Strength Index", Real(), [Period(14)], one,
            p => Momentum.RsiLookback(I(p, 0)), c => Momentum.Rsi(c.Real0, c.R(0), c.I(0)), p => new RsiStream(I(p, 0)));
        Add(l, "STOCH", G, "Stochastic", Price("HLC"),
            [Int("optInFastK_Period", 5, 1), Int("optInSlowK_Period", 3, 1), Ma("optInSlowK_MAType"), Int("optInSlowD_Period", 3, 1), Ma("optInSlowD_MAType")],
            Out("outSlowK", "outSlowD"),
            p => Momentum.StochLookback(I(p, 0), I(p, 1), M(p, 2), I(p, 3), M(p, 4)),
            c => Momentum.Stoch(c.Series.High, c.Series.Low, c.Series.Close, c.R(0), c.R(1), c.I(0), c.I(1), c.M(2), c.I(3), c.M(4)),
            p => new StochStream(I(p, 0), I(p, 1), M(p, 2), I(p, 3), M(p, 4)));
        Add(l, "STOCHF", G, "Stochastic Fast", Price("HLC"), [Int("optInFastK_Period", 5, 1), Int("optInFastD_Period", 3, 1), Ma("optInFastD_MAType")],
            Out("outFastK", "outFastD"),
            p => Momentum.StochFLookback(I(p, 0), I(p, 1), M(p, 2)),
            c => Momentum.StochF(c.Series.High, c.Series.Low, c.Series.Close, c.R(0), c.R(1), c.I(0), c.I(1), c.M(2)),
            p => new StochFStream(I(p, 0), I(p, 1), M(p, 2)));
        Add(l, "STOCHRSI", G, "Stochastic Relative Strength Index", Real(),
            [Period(14), Int("optInFastK_Period", 5, 1), Int("optInFastD_Period", 3, 1), Ma("optInFastD_MAType")], Out("outFastK", "outFastD"),
            p => Momentum.StochRsiLookback(I(p, 0), I(p, 1), I(p, 2), M(p, 3)),
            c => Momentum.StochRsi(c.Real0, c.R(0), c.R(1), c.I(0), c.I(1), c.I(2), c.M(3)),
            p => new StochRsiStream(I(p, 0), I(p, 1), I(p, 2), M(p, 3)));
        Add(l, "TRIX", G, "1-day Rate-Of-Change (ROC) of a Triple Smooth EMA", Real(), [Period(30, 1)], one,
            p => Momentum.TrixLookback(I(p, 0)), c => Momentum.Trix(c.Real0, c.R(0), c.I(0)), p => new TrixStream(I(p, 0)));
        Add(l, "ULTOSC", G, "Ultimate Oscillator", Price("HLC"), [Int("optInTimePeriod1", 7, 1), Int("optInTimePeriod2", 14, 1), Int("optInTimePeriod3", 28, 1)], one,
            p => Momentum.UltOscLookback(I(p, 0), I(p, 1), I(p, 2)),
            c => Momentum.UltOsc(c.Series.High, c.Series.Low, c.Series.Close, c.R(0), c.I(0), c.I(1), c.I(2)),
            p => new UltOscStream(I(p, 0), I(p, 1), I(p, 2)));
        Add(l, "WILLR", G, "Williams' %R", Price("HLC"), [Period(14)], one,
            p => Momentum.WillRLookback(I(p, 0)), c => Momentum.WillR(c.Series.High, c.Series.Low, c.Series.Close, c.R(0), c.I(0)), p => new WillRStream(I(p, 0)));
    }
}
