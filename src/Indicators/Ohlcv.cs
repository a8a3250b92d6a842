namespace Hive.Indicators;

/// <summary>One bar as the streaming indicators see it. Prices and volume are doubles here because
/// TA-Lib computes in double; money stays decimal everywhere outside the indicator maths.</summary>
public readonly record struct Ohlcv(double Open, double High, double Low, double Close, double Volume);
