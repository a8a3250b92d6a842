using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>+DM or -DM, Wilder-smoothed (the raw bar value for a period of 1).</summary>
public abstract class DirectionalMovementStream : StreamingIndicator
{
    private readonly DirectionalMovement _dm;
    private readonly bool _plus;

    private protected DirectionalMovementStream(int timePeriod, bool plus)
        : base(plus ? Momentum.PlusDmLookback(timePeriod) : Momentum.MinusDmLookback(timePeriod), 1)
    {
        _plus = plus;
        _dm = new DirectionalMovement(timePeriod);
    }

    protected override void OnBar(in Ohlcv bar)
    {
        _dm.Add(bar);
        if (_dm.Index >= Lookback) Set(_plus ? _dm.PlusDm : _dm.MinusDm);
    }

    protected override void OnReset() => _dm.Reset();
}
