namespace Hive.Core.Portfolio;

/// <summary>Whole lots per asset (assets with none are left out) and the cash left over, from <see cref="DiscreteAllocation"/>.</summary>
public sealed record LotAllocation(IReadOnlyDictionary<string, long> Lots, decimal Leftover);
