namespace Hive.Indicators.Registry;

public static partial class IndicatorRegistry
{
    private static void AddWindowOperators(List<IndicatorDefinition> l)
    {
        const string G = MathOperators;
        Add(l, "MAX", G, "Highest value over a specified period", Real(), [Period(30)], Out("outReal"),
            p => Indicators.MathOperators.MaxLookback(I(p, 0)), c => Indicators.MathOperators.Max(c.Real0, c.R(0), c.I(0)), p => new MaxStream(I(p, 0)));
        Add(l, "MAXINDEX", G, "Index of highest value over a specified period", Real(), [Period(30)], IntOut("outInteger"),
            p => Indicators.MathOperators.MaxIndexLookback(I(p, 0)), c => Indicators.MathOperators.MaxIndex(c.Real0, c.N(0), c.I(0)), p => new MaxIndexStream(I(p, 0)));
        Add(l, "MIN", G, "Lowest value over a specified period", Real(), [Period(30)], Out("outReal"),
            p => Indicators.MathOperators.MinLookback(I(p, 0)), c => Indicators.MathOperators.Min(c.Real0, c.R(0), c.I(0)), p => new MinStream(I(p, 0)));
        Add(l, "MININDEX", G, "Index of lowest value over a specified period", Real(), [Period(30)], IntOut("outInteger"),
            p => Indicators.MathOperators.MinIndexLookback(I(p, 0)), c => Indicators.MathOperators.MinIndex(c.Real0, c.N(0), c.I(0)), p => new MinIndexStream(I(p, 0)));
        Add(l, "MINMAX", G, "Lowest and highest values over a specified period", Real(), [Period(30)], Out("outMin", "outMax"),
            p => Indicators.MathOperators.MinMaxLookback(I(p, 0)), c => Indicators.MathOperators.MinMax(c.Real0, c.R(0), c.R(1), c.I(0)), p => new MinMaxStream(I(p, 0)));
        Add(l, "MINMAXINDEX", G, "Indexes of lowest and highest values over a specified period", Real(), [Period(30)], IntOut("outMinIdx", "outMaxIdx"),
            p => Indicators.MathOperators.MinMaxIndexLookback(I(p, 0)), c => Indicators.MathOperators.MinMaxIndex(c.Real0, c.N(0), c.N(1), c.I(0)), p => new MinMaxIndexStream(I(p, 0)));
        Add(l, "SUM", G, "Summation", Real(), [Period(30, 1)], Out("outReal"),
            p => Indicators.MathOperators.SumLookback(I(p, 0)), c => Indicators.MathOperators.Sum(c.Real0, c.R(0), c.I(0)), p => new SumStream(I(p, 0)));
    }
}
