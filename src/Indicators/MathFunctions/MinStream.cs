namespace Hive.Indicators;

/// <summary>Streaming MIN: lowest value over the window.</summary>
public sealed class MinStream(int timePeriod = 30, PriceField source = PriceField.Close)
    : WindowExtremeStream(timePeriod, source, WindowOutput.Min);
