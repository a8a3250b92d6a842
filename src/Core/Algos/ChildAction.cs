namespace Hive.Core.Algos;

/// <summary>What a parent order asks its host to do with a child order.</summary>
public abstract record ChildAction(int Number);

/// <summary>Send child <see cref="ChildAction.Number"/>: a limit order at <see cref="LimitPrice"/>, or a market order when it is null.</summary>
public sealed record SendChild(int Number, decimal Quantity, decimal? LimitPrice) : ChildAction(Number);

/// <summary>Withdraw what is left of a working child.</summary>
public sealed record CancelChild(int Number) : ChildAction(Number);
