namespace Hive.Bench.Journal;

/// <summary>What one journal run measured: events written per second and the latency of one
/// <c>PersistAllAsync</c> call, from the call until the handler of its last event ran.</summary>
public sealed record JournalFigures(long Events, TimeSpan Elapsed, double P50Milliseconds, double P99Milliseconds)
{
    public double EventsPerSecond => Events / Elapsed.TotalSeconds;
}
