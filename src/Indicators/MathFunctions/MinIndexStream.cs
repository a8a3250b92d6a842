namespace Hive.Indicators;

/// <summary>Streaming MININDEX: bar index (from the first bar fed) of the lowest value over the window.</summary>
public sealed class MinIndexStream(int timePeriod = 30, PriceField source = PriceField.Close)
    : WindowExtremeStream(timePeriod, source, WindowOutput.MinIndex);
