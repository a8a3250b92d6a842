namespace Hive.Indicators;

/// <summary>Streaming -DI (TA-Lib MINUS_DI).</summary>
public sealed class MinusDiStream(int timePeriod = 14) : DirectionalIndicatorStream(timePeriod, false);
