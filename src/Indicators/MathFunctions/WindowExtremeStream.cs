using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Shared shape of MAX, MIN, MAXINDEX, MININDEX, MINMAX, MINMAXINDEX over <c>timePeriod</c> values.</summary>
public abstract class WindowExtremeStream : RealStreamingIndicator
{
    private readonly WindowExtreme _max;
    private readonly WindowExtreme _min;
    private readonly WindowOutput _output;

    private protected WindowExtremeStream(int timePeriod, PriceField source, WindowOutput output)
        : base(Guard.Period(timePeriod, "optInTimePeriod", 2) - 1, output is WindowOutput.MinMax or WindowOutput.MinMaxIndex ? 2 : 1, source)
    {
        _max = new WindowExtreme(timePeriod, true, false);
        _min = new WindowExtreme(timePeriod, false, false);
        _output = output;
    }

    protected override void OnValue(double value)
    {
        _max.Add(value);
        _min.Add(value);
        if (!_max.Full) return;
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
