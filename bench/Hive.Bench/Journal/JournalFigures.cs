namespace Hive.Bench.Journal;

/// <summary>What one journal run measured: events written per second and the latency of one
/// <c>PersistAllAsync</c> call, from the call until the handler of its last event ran; and the CPU time the
/// bench process spent per event, which on a shared machine varies far less than the wall-clock figures.</summary>
public sealed record JournalFigures(long Events, TimeSpan Elapsed, TimeSpan ProcessorTime, double P50Milliseconds, double P99Milliseconds)
{
    public double EventsPerSecond => Events / Elapsed.TotalSeconds;

    public double CpuMicrosecondsPerEvent => ProcessorTime.TotalMicroseconds / Events;
}
