namespace Hive.Indicators.Registry;

/// <summary>One output in TA-Lib's order, e.g. <c>outMACDSignal</c>; integer outputs hold whole numbers.</summary>
public sealed record IndicatorOutput(string Name, bool IsInteger);
