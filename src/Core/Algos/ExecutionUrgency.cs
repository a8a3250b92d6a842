namespace Hive.Core.Algos;

/// <summary>
/// How fast a parent trades within its window, the same idea for every algorithm (<see cref="UrgencyPace"/>): a pace
/// factor u of 0.5 (low), 1 (normal: the algorithm as planned) or 2 (high). Scheduled algorithms (TWAP, VWAP,
/// implementation shortfall) start at u times their planned rate and taper so the total is unchanged; POV targets u times
/// its participation; an iceberg shows u times its display.
/// </summary>
public enum ExecutionUrgency
{
    Low = -1,
    Normal = 0,
    High = 1,
}
