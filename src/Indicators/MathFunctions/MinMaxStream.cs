namespace Hive.Indicators;

/// <summary>Streaming MINMAX: outputs lowest then highest value over the window.</summary>
public sealed class MinMaxStream(int timePeriod = 30, PriceField source = PriceField.Close)
    : WindowExtremeStream(timePeriod, source, WindowOutput.MinMax);
