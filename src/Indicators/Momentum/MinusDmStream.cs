namespace Hive.Indicators;

/// <summary>Streaming -DM (TA-Lib MINUS_DM).</summary>
public sealed class MinusDmStream(int timePeriod = 14) : DirectionalMovementStream(timePeriod, false);
