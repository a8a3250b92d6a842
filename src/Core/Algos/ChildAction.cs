namespace Hive.Core.Algos;

/// <summary>What a parent order asks its host to do with a child order: <see cref="SendChild"/> or <see cref="CancelChild"/>.</summary>
public abstract record ChildAction(int Number);
