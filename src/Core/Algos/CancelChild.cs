namespace Hive.Core.Algos;

/// <summary>Withdraw what is left of a working child.</summary>
public sealed record CancelChild(int Number) : ChildAction(Number);
