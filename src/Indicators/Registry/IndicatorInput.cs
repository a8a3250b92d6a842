namespace Hive.Indicators.Registry;

/// <summary>
/// One input of a function. Price inputs name their fields in TA-Lib's letters (<c>"HLC"</c>); real inputs
/// name the column they read by default (<c>"close"</c>, <c>"open"</c>, or an extra column such as <c>"periods"</c>).
/// </summary>
public sealed record IndicatorInput(string Name, InputKind Kind, string Source);
