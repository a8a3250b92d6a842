namespace Hive.Core.Risk;

/// <summary>A price an instrument traded at, and when (event time).</summary>
public readonly record struct PricePoint(DateTime At, decimal Price);
