using Hive.Indicators.Candlestick;

namespace Hive.Indicators.Registry;

/// <summary>Every TA-Lib function this library implements, by TA-Lib name, in TA-Lib's alphabetical order.</summary>
public static partial class IndicatorRegistry
{
    public const string OverlapStudies = "Overlap Studies";
    public const string MomentumIndicators = "Momentum Indicators";
    public const string VolumeIndicators = "Volume Indicators";
    public const string VolatilityIndicators = "Volatility Indicators";
    public const string PriceTransform = "Price Transform";
    public const string CycleIndicators = "Cycle Indicators";
    public const string PatternRecognition = "Pattern Recognition";
    public const string StatisticFunctions = "Statistic Functions";
    public const string MathTransform = "Math Transform";
    public const string MathOperators = "Math Operators";

    private static readonly Lazy<IReadOnlyList<IndicatorDefinition>> Definitions = new(Build);

    public static IReadOnlyList<IndicatorDefinition> All => Definitions.Value;

    /// <summary>The function named <paramref name="name"/> (case-insensitive), or null.</summary>
    public static IndicatorDefinition? Find(string name) =>
        All.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase));

    private static IReadOnlyList<IndicatorDefinition> Build()
    {
        var list = new List<IndicatorDefinition>();
        AddOverlap(list);
        AddMomentum(list);
        AddMath(list);
        AddVolatilityAndVolume(list);
        AddPriceAndStatistics(list);
        AddCycle(list);
        foreach (var pattern in CandlestickCatalog.Functions) list.Add(Wrap(pattern));
        return list.OrderBy(d => d.Name, StringComparer.Ordinal).ToArray();
    }

    private static IndicatorDefinition Wrap(CandlestickFunction f)
    {
        var parameters = f.DefaultPenetration is { } penetration
            ? new[] { new IndicatorParameter("optInPenetration", ParameterKind.Real, penetration, 0, 3.0e37) }
            : Array.Empty<IndicatorParameter>();
        double Pen(double[] p) => p.Length > 0 ? p[0] : 0;
        return new IndicatorDefinition(f.Name, PatternRecognition, f.Hint, Price("OHLC"), parameters, [new IndicatorOutput("outInteger", true)],
            p => f.Lookback(Pen(p)),
            c => f.Compute(c.Series.Open, c.Series.High, c.Series.Low, c.Series.Close, c.N(0), Pen(c.Parameters)),
            p => f.CreateStream(Pen(p)));
    }

    private static void Add(List<IndicatorDefinition> list, string name, string group, string hint,
        IndicatorInput[] inputs, IndicatorParameter[] parameters, IndicatorOutput[] outputs,
        Func<double[], int> lookback, Func<ComputeContext, int> compute, Func<double[], IStreamingIndicator> stream) =>
        list.Add(new IndicatorDefinition(name, group, hint, inputs, parameters, outputs, lookback, compute, stream));

    private static IndicatorInput[] Real() => [new("inReal", InputKind.Real, "close")];

    private static IndicatorInput[] TwoReals() => [new("inReal0", InputKind.Real, "close"), new("inReal1", InputKind.Real, "open")];

    private static IndicatorInput[] Price(string fields) => [new("inPrice" + fields, InputKind.Price, fields)];

    private static IndicatorParameter Int(string name, int value, int min, int max = 100000) => new(name, ParameterKind.Integer, value, min, max);

    private static IndicatorParameter Period(int value, int min = 2) => Int("optInTimePeriod", value, min);

    private static IndicatorParameter Dbl(string name, double value, double min = -3.0e37, double max = 3.0e37) => new(name, ParameterKind.Real, value, min, max);

    private static IndicatorParameter Ma(string name = "optInMAType") => new(name, ParameterKind.MaType, 0, 0, 8);

    private static IndicatorOutput[] Out(params string[] names) => names.Select(n => new IndicatorOutput(n, false)).ToArray();

    private static IndicatorOutput[] IntOut(params string[] names) => names.Select(n => new IndicatorOutput(n, true)).ToArray();

    private static int I(double[] p, int k) => (int)p[k];

    private static MaType M(double[] p, int k) => (MaType)(int)p[k];
}
