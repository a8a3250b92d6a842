namespace Hive.Core.Surveillance;

/// <summary>
/// What makes orders look placed to be cancelled. Defaults: cancelled unfilled within <see cref="MaxLifetime"/> (2 minutes)
/// of their placement, placed within <see cref="PlacementWindow"/> (1 minute) of each other on one side; a spoof when their
/// size is at least <see cref="SizeFactor"/> (5) times the size that then executed on the other side, layering when they sit at
/// <see cref="LayeringLevels"/> (3) or more distinct prices; the execution is an order of the same owner on the other side,
/// placed from the first placement until <see cref="ExecutionWindow"/> (2 minutes) after the last cancel, that filled.
/// </summary>
public sealed record SpoofingParameters(
    TimeSpan MaxLifetime, TimeSpan PlacementWindow, decimal SizeFactor, int LayeringLevels, TimeSpan ExecutionWindow)
{
    public static readonly SpoofingParameters Default = new(TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(1), 5m, 3, TimeSpan.FromMinutes(2));
}
