namespace Hive.Core.Algos;

/// <summary>Send child <see cref="ChildAction.Number"/>: a limit order at <see cref="LimitPrice"/>, or a market order when it is null.</summary>
public sealed record SendChild(int Number, decimal Quantity, decimal? LimitPrice) : ChildAction(Number);
