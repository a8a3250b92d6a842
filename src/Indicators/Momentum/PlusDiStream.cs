namespace Hive.Indicators;

/// <summary>Streaming +DI (TA-Lib PLUS_DI).</summary>
public sealed class PlusDiStream(int timePeriod = 14) : DirectionalIndicatorStream(timePeriod, true);
