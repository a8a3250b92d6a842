using Hive.Indicators.Streaming;

namespace Hive.Indicators;

/// <summary>Streaming DIV: real0 / real1 (close / open when fed bars).</summary>
public sealed class DivStream(PriceField source0 = PriceField.Close, PriceField source1 = PriceField.Open)
    : TwoRealStreamingIndicator(0, 1, source0, source1)
{
    protected override void OnValues(double real0, double real1) => Set(real0 / real1);

    protected override void OnReset() { }
}
