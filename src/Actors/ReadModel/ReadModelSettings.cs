namespace Hive.Actors.ReadModel;

/// <summary>
/// How the projection batches: up to <see cref="BatchSize"/> events, or what arrived within <see cref="BatchWindow"/>,
/// go into one transaction. A failed batch restarts the streams from the stored offsets after a backoff between
/// <see cref="MinBackoff"/> and <see cref="MaxBackoff"/>.
/// </summary>
public sealed record ReadModelSettings
{
    public static readonly ReadModelSettings Default = new();

    public int BatchSize { get; init; } = 2000;

    public TimeSpan BatchWindow { get; init; } = TimeSpan.FromMilliseconds(100);

    public TimeSpan MinBackoff { get; init; } = TimeSpan.FromMilliseconds(500);

    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a rebuild may wait for the running batch to finish before it gives up.</summary>
    public TimeSpan RebuildTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Lag counts at most this many events per tag (counting means reading them); beyond it the lag is "at least".</summary>
    public int LagCountCap { get; init; } = 10_000;
}
