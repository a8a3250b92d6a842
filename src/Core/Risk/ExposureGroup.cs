namespace Hive.Core.Risk;

/// <summary>Positions grouped by instrument or asset class: Σ |value| (gross) and Σ value (net, longs less shorts).</summary>
public sealed record ExposureGroup(string Name, decimal Gross, decimal Net);
