using Hive.Indicators.Streaming;

namespace Hive.Indicators.Internal;

/// <summary>
/// Runs a streaming indicator over whole arrays. Every batch function is its streaming twin driven bar by
/// bar, so the two can never disagree; the streaming state is O(1) (or a window) and allocated once per call.
/// </summary>
internal static class Batch
{
    public static int Run(RealStreamingIndicator s, ReadOnlySpan<double> input, Span<double> out0)
    {
        var n = input.Length;
        Guard.Input(input, "inReal", n);
        Guard.Output(out0.Length, "outReal", n);
        if (s is CoreIndicator core)
        {
            core.RunBatch(input, out0[..n]);
            return First(s, n);
        }
        if (s is WindowExtremeStream window)
        {
            window.RunBatch(input, out0[..n], default, default, default);
            return First(s, n);
        }
        for (var i = 0; i < n; i++)
        {
            s.Update(input[i]);
            out0[i] = s[0];
        }
        return First(s, n);
    }

    public static int Run(RealStreamingIndicator s, ReadOnlySpan<double> input, Span<double> out0, Span<double> out1)
    {
        var n = input.Length;
        Guard.Input(input, "inReal", n);
        Guard.Output(out0.Length, "output 0", n);
        Guard.Output(out1.Length, "output 1", n);
        if (s is WindowExtremeStream window)
        {
            window.RunBatch(input, out0[..n], out1[..n], default, default);
            return First(s, n);
        }
        for (var i = 0; i < n; i++)
        {
            s.Update(input[i]);
            out0[i] = s[0];
            out1[i] = s[1];
        }
        return First(s, n);
    }

    public static int Run(RealStreamingIndicator s, ReadOnlySpan<double> input, Span<double> out0, Span<double> out1, Span<double> out2)
    {
        var n = input.Length;
        Guard.Input(input, "inReal", n);
        Guard.Output(out0.Length, "output 0", n);
        Guard.Output(out1.Length, "output 1", n);
        Guard.Output(out2.Length, "output 2", n);
        if (s is MacdStreamBase macd)
        {
            macd.RunBatch(input, out0[..n], out1[..n], out2[..n]);
            return First(s, n);
        }
        if (s is BbandsStream bbands)
        {
            bbands.RunBatch(input, out0[..n], out1[..n], out2[..n]);
            return First(s, n);
        }
        for (var i = 0; i < n; i++)
        {
            s.Update(input[i]);
            out0[i] = s[0];
            out1[i] = s[1];
            out2[i] = s[2];
        }
        return First(s, n);
    }

    public static int RunInt(RealStreamingIndicator s, ReadOnlySpan<double> input, Span<int> out0)
    {
        var n = input.Length;
        Guard.Input(input, "inReal", n);
        Guard.Output(out0.Length, "outInteger", n);
        if (s is WindowExtremeStream window)
        {
            window.RunBatch(input, default, default, out0[..n], default);
            return First(s, n);
        }
        for (var i = 0; i < n; i++)
            out0[i] = s.Update(input[i]) ? (int)s[0] : 0;
        return First(s, n);
    }

    public static int RunInt(RealStreamingIndicator s, ReadOnlySpan<double> input, Span<int> out0, Span<int> out1)
    {
        var n = input.Length;
        Guard.Input(input, "inReal", n);
        Guard.Output(out0.Length, "output 0", n);
        Guard.Output(out1.Length, "output 1", n);
        if (s is WindowExtremeStream window)
        {
            window.RunBatch(input, default, default, out0[..n], out1[..n]);
            return First(s, n);
        }
        for (var i = 0; i < n; i++)
        {
            var ready = s.Update(input[i]);
            out0[i] = ready ? (int)s[0] : 0;
            out1[i] = ready ? (int)s[1] : 0;
        }
        return First(s, n);
    }

    public static int Run(TwoRealStreamingIndicator s, ReadOnlySpan<double> input0, ReadOnlySpan<double> input1, Span<double> out0, string name1 = "inReal1")
    {
        var n = input0.Length;
        Guard.Input(input0, "inReal0", n);
        Guard.Input(input1, name1, n);
        Guard.Output(out0.Length, "outReal", n);
        for (var i = 0; i < n; i++)
        {
            s.Update(input0[i], input1[i]);
            out0[i] = s[0];
        }
        return First(s, n);
    }

    public static int Run(StreamingIndicator s, BarInputs bars, Span<double> out0)
    {
        var n = bars.Length;
        Guard.Output(out0.Length, "outReal", n);
        for (var i = 0; i < n; i++)
        {
            s.Update(bars[i]);
            out0[i] = s[0];
        }
        return First(s, n);
    }

    public static int Run(StreamingIndicator s, BarInputs bars, Span<double> out0, Span<double> out1)
    {
        var n = bars.Length;
        Guard.Output(out0.Length, "output 0", n);
        Guard.Output(out1.Length, "output 1", n);
        for (var i = 0; i < n; i++)
        {
            s.Update(bars[i]);
            out0[i] = s[0];
            out1[i] = s[1];
        }
        return First(s, n);
    }

    public static int Run(StreamingIndicator s, BarInputs bars, Span<double> out0, Span<double> out1, Span<double> out2)
    {
        var n = bars.Length;
        Guard.Output(out0.Length, "output 0", n);
        Guard.Output(out1.Length, "output 1", n);
        Guard.Output(out2.Length, "output 2", n);
        for (var i = 0; i < n; i++)
        {
            s.Update(bars[i]);
            out0[i] = s[0];
            out1[i] = s[1];
            out2[i] = s[2];
        }
        return First(s, n);
    }

    private static int First(IStreamingIndicator s, int n) => s.Lookback < n ? s.Lookback : n;
}
