using Hive.Indicators.Internal;

namespace Hive.Indicators;

/// <summary>
/// TA-Lib's "Math Transform" functions: one value in, one value out, lookback 0. The batch forms are plain
/// loops (the streaming classes apply the same <see cref="Math"/> function one value at a time).
/// </summary>
public static class MathTransform
{
    public static int AcosLookback() => 0;

    public static int Acos(ReadOnlySpan<double> inReal, Span<double> outReal)
    {
        Check(inReal, outReal);
        for (var i = 0; i < inReal.Length; i++) outReal[i] = Math.Acos(inReal[i]);
        return 0;
    }

    public static int AsinLookback() => 0;

    public static int Asin(ReadOnlySpan<double> inReal, Span<double> outReal)
    {
        Check(inReal, outReal);
        for (var i = 0; i < inReal.Length; i++) outReal[i] = Math.Asin(inReal[i]);
        return 0;
    }

    public static int AtanLookback() => 0;

    public static int Atan(ReadOnlySpan<double> inReal, Span<double> outReal)
    {
        Check(inReal, outReal);
        for (var i = 0; i < inReal.Length; i++) outReal[i] = Math.Atan(inReal[i]);
        return 0;
    }

    public static int CeilLookback() => 0;

    public static int Ceil(ReadOnlySpan<double> inReal, Span<double> outReal)
    {
        Check(inReal, outReal);
        for (var i = 0; i < inReal.Length; i++) outReal[i] = Math.Ceiling(inReal[i]);
        return 0;
    }

    public static int CosLookback() => 0;

    public static int Cos(ReadOnlySpan<double> inReal, Span<double> outReal)
    {
        Check(inReal, outReal);
        for (var i = 0; i < inReal.Length; i++) outReal[i] = Math.Cos(inReal[i]);
        return 0;
    }

    public static int CoshLookback() => 0;

    public static int Cosh(ReadOnlySpan<double> inReal, Span<double> outReal)
    {
        Check(inReal, outReal);
        for (var i = 0; i < inReal.Length; i++) outReal[i] = Math.Cosh(inReal[i]);
        return 0;
    }

    public static int ExpLookback() => 0;

    public static int Exp(ReadOnlySpan<double> inReal, Span<double> outReal)
    {
        Check(inReal, outReal);
        for (var i = 0; i < inReal.Length; i++) outReal[i] = Math.Exp(inReal[i]);
        return 0;
    }

    public static int FloorLookback() => 0;

    public static int Floor(ReadOnlySpan<double> inReal, Span<double> outReal)
    {
        Check(inReal, outReal);
        for (var i = 0; i < inReal.Length; i++) outReal[i] = Math.Floor(inReal[i]);
        return 0;
    }

    public static int LnLookback() => 0;

    public static int Ln(ReadOnlySpan<double> inReal, Span<double> outReal)
    {
        Check(inReal, outReal);
        for (var i = 0; i < inReal.Length; i++) outReal[i] = Math.Log(inReal[i]);
        return 0;
    }

    public static int Log10Lookback() => 0;

    public static int Log10(ReadOnlySpan<double> inReal, Span<double> outReal)
    {
        Check(inReal, outReal);
        for (var i = 0; i < inReal.Length; i++) outReal[i] = Math.Log10(inReal[i]);
        return 0;
    }

    public static int SinLookback() => 0;

    public static int Sin(ReadOnlySpan<double> inReal, Span<double> outReal)
    {
        Check(inReal, outReal);
        for (var i = 0; i < inReal.Length; i++) outReal[i] = Math.Sin(inReal[i]);
        return 0;
    }

    public static int SinhLookback() => 0;

    public static int Sinh(ReadOnlySpan<double> inReal, Span<double> outReal)
    {
        Check(inReal, outReal);
        for (var i = 0; i < inReal.Length; i++) outReal[i] = Math.Sinh(inReal[i]);
        return 0;
    }

    public static int SqrtLookback() => 0;

    public static int Sqrt(ReadOnlySpan<double> inReal, Span<double> outReal)
    {
        Check(inReal, outReal);
        for (var i = 0; i < inReal.Length; i++) outReal[i] = Math.Sqrt(inReal[i]);
        return 0;
    }

    public static int TanLookback() => 0;

    public static int Tan(ReadOnlySpan<double> inReal, Span<double> outReal)
    {
        Check(inReal, outReal);
        for (var i = 0; i < inReal.Length; i++) outReal[i] = Math.Tan(inReal[i]);
        return 0;
    }

    public static int TanhLookback() => 0;

    public static int Tanh(ReadOnlySpan<double> inReal, Span<double> outReal)
    {
        Check(inReal, outReal);
        for (var i = 0; i < inReal.Length; i++) outReal[i] = Math.Tanh(inReal[i]);
        return 0;
    }

    private static void Check(ReadOnlySpan<double> input, Span<double> output)
    {
        Guard.Input(input, "inReal", input.Length);
        Guard.Output(output.Length, "outReal", input.Length);
    }
}
