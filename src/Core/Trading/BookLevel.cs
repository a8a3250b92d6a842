namespace Hive.Core.Trading;

/// <summary>One price level of a book snapshot: price in ticks, total resting lots, number of orders.</summary>
public readonly record struct BookLevel(long PriceTicks, long QuantityLots, int OrderCount);
