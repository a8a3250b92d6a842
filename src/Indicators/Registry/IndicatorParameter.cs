namespace Hive.Indicators.Registry;

/// <summary>One optional input (TA-Lib name such as <c>optInTimePeriod</c>) with its default and allowed range.</summary>
public sealed record IndicatorParameter(string Name, ParameterKind Kind, double Default, double Min, double Max);
