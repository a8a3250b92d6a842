namespace Hive.Core.Algos;

/// <summary>One child in the simulation JSON: when it was sent (the close of the bar it was decided on; it meets the next
/// bar), what it asked, what it got, and where.</summary>
public sealed record ExecutionChild(DateTime Time, decimal Quantity, decimal FilledQuantity, decimal AveragePrice, string Venue);
