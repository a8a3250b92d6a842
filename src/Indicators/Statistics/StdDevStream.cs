using Hive.Indicators.Internal;
using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming population standard deviation times <c>nbDev</c> (0 when the variance is not positive).</summary>
public sealed class StdDevStream : RealStreamingIndicator
{
    private readonly VarianceCore _variance;
    private readonly double _nbDev;

    public StdDevStream(int timePeriod = 5, double nbDev = 1, PriceField source = PriceField.Close)
        : base(Statistics.StdDevLookback(timePeriod, nbDev), 1, source)
    {
        _variance = new VarianceCore(timePeriod);
        _nbDev = nbDev;
    }

    protected override void OnValue(double value)
    {
        _variance.Add(value);
        if (!_variance.Ready) return;
        var variance = _variance.Value;
        Set(Numerics.IsZeroOrNegative(variance) ? 0.0 : Math.Sqrt(variance) * _nbDev);
    }

    protected override void OnReset() => _variance.Reset();
}
