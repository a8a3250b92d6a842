namespace Hive.Core.Algos.Routing;

/// <summary>One price level a venue offers: for a buy an ask, for a sell a bid (a last price with no size is one level
/// whose quantity is the venue's cap).</summary>
public sealed record BookLevel(decimal Price, decimal Quantity);
