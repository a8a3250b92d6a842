using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>The MACD family's streaming shape: outputs MACD, signal, histogram.</summary>
public abstract class MacdStreamBase : RealStreamingIndicator
{
    private readonly MacdEngine _engine;

    private protected MacdStreamBase(MacdEngine engine, int lookback, PriceField source)
        : base(lookback, 3, source)
    {
        _engine = engine;
    }

    protected override void OnValue(double value)
    {
        if (!_engine.Add(value)) return;
        Set(0, _engine.Macd);
        Set(1, _engine.Signal);
        Set(2, _engine.Macd - _engine.Signal);
    }

    protected override void OnReset() => _engine.Reset();

    /// <summary>The batch path: whole arrays through the engine's averages; the stream is spent afterwards.</summary>
    internal void RunBatch(ReadOnlySpan<double> input, Span<double> macd, Span<double> signal, Span<double> hist) =>
        _engine.Run(input, macd, signal, hist);

    private protected static MacdEngine Emas(int fastPeriod, double fastK, int slowPeriod, double slowK, int signalPeriod)
    {
        if (slowPeriod < fastPeriod)
        {
            (fastPeriod, slowPeriod) = (slowPeriod, fastPeriod);
            (fastK, slowK) = (slowK, fastK);
        }
        return new MacdEngine(new EmaCore(fastPeriod, fastK), new EmaCore(slowPeriod, slowK), MovingAverage.Create(MaType.Ema, signalPeriod));
    }
}
