namespace Hive.Indicators;

/// <summary>Streaming MAX: highest value over the window.</summary>
public sealed class MaxStream(int timePeriod = 30, PriceField source = PriceField.Close)
    : WindowExtremeStream(timePeriod, source, WindowOutput.Max);
