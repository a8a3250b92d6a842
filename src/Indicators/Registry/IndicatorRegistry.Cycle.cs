namespace Hive.Indicators.Registry;

public static partial class IndicatorRegistry
{
    private static void AddCycle(List<IndicatorDefinition> l)
    {
        const string G = CycleIndicators;
        Add(l, "HT_DCPERIOD", G, "Hilbert Transform - Dominant Cycle Period", Real(), [], Out("outReal"),
            _ => Indicators.CycleIndicators.HtDcPeriodLookback(), c => Indicators.CycleIndicators.HtDcPeriod(c.Real0, c.R(0)), _ => new HtDcPeriodStream());
        Add(l, "HT_DCPHASE", G, "Hilbert Transform - Dominant Cycle Phase", Real(), [], Out("outReal"),
            _ => Indicators.CycleIndicators.HtDcPhaseLookback(), c => Indicators.CycleIndicators.HtDcPhase(c.Real0, c.R(0)), _ => new HtDcPhaseStream());
        Add(l, "HT_PHASOR", G, "Hilbert Transform - Phasor Components", Real(), [], Out("outInPhase", "outQuadrature"),
            _ => Indicators.CycleIndicators.HtPhasorLookback(), c => Indicators.CycleIndicators.HtPhasor(c.Real0, c.R(0), c.R(1)), _ => new HtPhasorStream());
        Add(l, "HT_SINE", G, "Hilbert Transform - SineWave", Real(), [], Out("outSine", "outLeadSine"),
            _ => Indicators.CycleIndicators.HtSineLookback(), c => Indicators.CycleIndicators.HtSine(c.Real0, c.R(0), c.R(1)), _ => new HtSineStream());
        Add(l, "HT_TRENDLINE", OverlapStudies, "Hilbert Transform - Instantaneous Trendline", Real(), [], Out("outReal"),
            _ => Indicators.CycleIndicators.HtTrendlineLookback(), c => Indicators.CycleIndicators.HtTrendline(c.Real0, c.R(0)), _ => new HtTrendlineStream());
        Add(l, "HT_TRENDMODE", G, "Hilbert Transform - Trend vs Cycle Mode", Real(), [], IntOut("outInteger"),
            _ => Indicators.CycleIndicators.HtTrendModeLookback(), c => Indicators.CycleIndicators.HtTrendMode(c.Real0, c.N(0)), _ => new HtTrendModeStream());
    }
}
