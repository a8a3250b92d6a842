namespace Hive.Indicators;

/// <summary>Streaming MINMAXINDEX: outputs the bar indices of the lowest then the highest value.</summary>
public sealed class MinMaxIndexStream(int timePeriod = 30, PriceField source = PriceField.Close)
    : WindowExtremeStream(timePeriod, source, WindowOutput.MinMaxIndex);
