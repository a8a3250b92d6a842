namespace Hive.Indicators;

/// <summary>Streaming +DM (TA-Lib PLUS_DM).</summary>
public sealed class PlusDmStream(int timePeriod = 14) : DirectionalMovementStream(timePeriod, true);
