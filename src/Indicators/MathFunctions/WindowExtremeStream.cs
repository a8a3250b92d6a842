using System.Buffers;
using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Shared shape of MAX, MIN, MAXINDEX, MININDEX, MINMAX, MINMAXINDEX over <c>timePeriod</c> values.</summary>
public abstract class WindowExtremeStream : RealStreamingIndicator
{
    private readonly WindowExtreme _max;
    private readonly WindowExtreme _min;
    private readonly WindowOutput _output;
    private readonly int _length;
    private readonly bool _wantsMax;
    private readonly bool _wantsMin;

    private protected WindowExtremeStream(int timePeriod, PriceField source, WindowOutput output)
        : base(Guard.Period(timePeriod, "optInTimePeriod", 2) - 1, output is WindowOutput.MinMax or WindowOutput.MinMaxIndex ? 2 : 1, source)
    {
        _max = new WindowExtreme(timePeriod, true, false);
        _min = new WindowExtreme(timePeriod, false, false);
        _output = output;
        _length = timePeriod;
        _wantsMax = output is not (WindowOutput.Min or WindowOutput.MinIndex);
        _wantsMin = output is not (WindowOutput.Max or WindowOutput.MaxIndex);
    }

    protected override void OnValue(double value)
    {
        if (_wantsMax) _max.Add(value);
        if (_wantsMin) _min.Add(value);
        if (BarCount < Lookback) return;
        switch (_output)
        {
            case WindowOutput.Max: Set(_max.Value); break;
            case WindowOutput.Min: Set(_min.Value); break;
            case WindowOutput.MaxIndex: Set(_max.Index); break;
            case WindowOutput.MinIndex: Set(_min.Index); break;
            case WindowOutput.MinMax:
                Set(0, _min.Value);
                Set(1, _max.Value);
                break;
            default:
                Set(0, _min.Index);
                Set(1, _max.Index);
                break;
        }
    }

    /// <summary>
    /// The batch path: TA-Lib's tracker run directly over the array (indices into pooled buffers), written as
    /// real outputs (<paramref name="real0"/>, <paramref name="real1"/>) or integer ones. The stream is not used.
    /// </summary>
    internal void RunBatch(ReadOnlySpan<double> input, Span<double> real0, Span<double> real1, Span<int> int0, Span<int> int1)
    {
        var n = input.Length;
        var first = Math.Min(Lookback, n);
        var pool = ArrayPool<int>.Shared;
        var maxIndex = pool.Rent(n);
        var minIndex = pool.Rent(n);
        try
        {
            if (_wantsMax) WindowExtreme.Indices(input, _length, true, maxIndex);
            if (_wantsMin) WindowExtreme.Indices(input, _length, false, minIndex);
            switch (_output)
            {
                case WindowOutput.Max:
                    Values(input, maxIndex, real0, first);
                    break;
                case WindowOutput.Min:
                    Values(input, minIndex, real0, first);
                    break;
                case WindowOutput.MaxIndex:
                    Copy(maxIndex, int0, first, n);
                    break;
                case WindowOutput.MinIndex:
                    Copy(minIndex, int0, first, n);
                    break;
                case WindowOutput.MinMax:
                    Values(input, minIndex, real0, first);
                    Values(input, maxIndex, real1, first);
                    break;
                default:
                    Copy(minIndex, int0, first, n);
                    Copy(maxIndex, int1, first, n);
                    break;
            }
        }
        finally
        {
            pool.Return(maxIndex);
            pool.Return(minIndex);
        }
    }

    private static void Values(ReadOnlySpan<double> input, int[] indices, Span<double> output, int first)
    {
        output[..first].Fill(double.NaN);
        for (var i = first; i < input.Length; i++) output[i] = input[indices[i]];
    }

    private static void Copy(int[] indices, Span<int> output, int first, int n)
    {
        output[..first].Clear();
        indices.AsSpan(first, n - first).CopyTo(output[first..n]);
    }

    protected override void OnReset()
    {
        _max.Reset();
        _min.Reset();
    }
}

/// <summary>Which window statistic a <see cref="WindowExtremeStream"/> reports.</summary>
internal enum WindowOutput
{
    Max,
    Min,
    MaxIndex,
    MinIndex,
    MinMax,
    MinMaxIndex,
}
