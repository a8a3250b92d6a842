using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming on-balance volume over a price (close by default) and the bar volume.</summary>
public sealed class ObvStream(PriceField source = PriceField.Close) : StreamingIndicator(0, 1)
{
    private double _obv, _prev;

    /// <summary>Feeds one price and its volume.</summary>
    public bool Update(double value, double volume)
    {
        Step(value, volume);
        return Commit();
    }

    protected override void OnBar(in Ohlcv bar) => Step(Field(bar, source), bar.Volume);

    protected override void OnReset() => _obv = _prev = 0;

    private void Step(double value, double volume)
    {
        if (BarCount == 0) _obv = volume;
        else if (value > _prev) _obv += volume;
        else if (value < _prev) _obv -= volume;
        _prev = value;
        Set(_obv);
    }
}
