using Hive.Core.Surveillance;

namespace Hive.Actors.Surveillance;

/// <summary>
/// How the node's scanner runs the detectors: every <see cref="ScanInterval"/> over the newest <see cref="RecentOrders"/>
/// orders and <see cref="RecentFills"/> fills of the read side, with the detectors' <see cref="Parameters"/>. The window
/// bounds a scan's cost whatever the history; a pattern older than it was found by an earlier scan (alerts are kept).
/// </summary>
public sealed record SurveillanceSettings
{
    public static readonly SurveillanceSettings Default = new();

    public TimeSpan ScanInterval { get; init; } = TimeSpan.FromSeconds(2);

    public int RecentOrders { get; init; } = 5_000;

    public int RecentFills { get; init; } = 5_000;

    /// <summary>The scanner keeps its window from the projection's published batches and reads it again from the tables
    /// every this many scans, which repairs anything it missed (a batch published while it restarted or moved).</summary>
    public int ReadTablesEvery { get; init; } = 30;

    public SurveillanceParameters Parameters { get; init; } = SurveillanceParameters.Default;
}
