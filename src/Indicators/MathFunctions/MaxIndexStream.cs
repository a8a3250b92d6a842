namespace Hive.Indicators;

/// <summary>Streaming MAXINDEX: bar index (from the first bar fed) of the highest value over the window.</summary>
public sealed class MaxIndexStream(int timePeriod = 30, PriceField source = PriceField.Close)
    : WindowExtremeStream(timePeriod, source, WindowOutput.MaxIndex);
