using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming MAMA: outputs MAMA then FAMA.</summary>
public sealed class MamaStream : RealStreamingIndicator
{
    private readonly MamaCore _core;

    public MamaStream(double fastLimit = 0.5, double slowLimit = 0.05, PriceField source = PriceField.Close)
        : base(Overlap.MamaLookback(fastLimit, slowLimit), 2, source)
    {
        _core = new MamaCore(fastLimit, slowLimit);
    }

    protected override void OnValue(double value)
    {
        _core.Add(value);
        Set(0, _core.Value);
        Set(1, _core.Fama);
    }

    protected override void OnReset() => _core.Reset();
}
