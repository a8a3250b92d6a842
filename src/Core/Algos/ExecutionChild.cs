namespace Hive.Core.Algos;

/// <summary>One child in the simulation JSON: when it was sent, what it asked, what it got, and where.</summary>
public sealed record ExecutionChild(DateTime Time, decimal Quantity, decimal FilledQuantity, decimal AveragePrice, string Venue);
