using Hive.Indicators.Internal;

namespace Hive.Indicators;

/// <summary>TA-Lib's "Math Operators": element-wise arithmetic (plain loops in batch) and windowed max/min/sum.</summary>
public static partial class MathOperators
{
    public static int AddLookback() => 0;

    public static int Add(ReadOnlySpan<double> inReal0, ReadOnlySpan<double> inReal1, Span<double> outReal)
    {
        Check(inReal0, inReal1, outReal);
        for (var i = 0; i < inReal0.Length; i++) outReal[i] = inReal0[i] + inReal1[i];
        return 0;
    }

    public static int SubLookback() => 0;

    public static int Sub(ReadOnlySpan<double> inReal0, ReadOnlySpan<double> inReal1, Span<double> outReal)
    {
        Check(inReal0, inReal1, outReal);
        for (var i = 0; i < inReal0.Length; i++) outReal[i] = inReal0[i] - inReal1[i];
        return 0;
    }

    public static int MultLookback() => 0;

    public static int Mult(ReadOnlySpan<double> inReal0, ReadOnlySpan<double> inReal1, Span<double> outReal)
    {
        Check(inReal0, inReal1, outReal);
        for (var i = 0; i < inReal0.Length; i++) outReal[i] = inReal0[i] * inReal1[i];
        return 0;
    }

    public static int DivLookback() => 0;

    public static int Div(ReadOnlySpan<double> inReal0, ReadOnlySpan<double> inReal1, Span<double> outReal)
    {
        Check(inReal0, inReal1, outReal);
        for (var i = 0; i < inReal0.Length; i++) outReal[i] = inReal0[i] / inReal1[i];
        return 0;
    }

    private static void Check(ReadOnlySpan<double> input0, ReadOnlySpan<double> input1, Span<double> output)
    {
        Guard.Input(input0, "inReal0", input0.Length);
        Guard.Input(input1, "inReal1", input0.Length);
        Guard.Output(output.Length, "outReal", input0.Length);
    }
}
