namespace Hive.Core.Algos;

/// <summary>One planned child of a schedule: the quantity to send once the clock reaches <see cref="Time"/> (UTC).</summary>
public readonly record struct ScheduledSlice(DateTime Time, decimal Quantity);
