using System.Diagnostics;
using Akka.Actor;
using Akka.Persistence;
using Hive.Actors.Hosting;
using Hive.Actors.Persistence;

namespace Hive.Bench.Journal;

/// <summary>
/// The journal plugin alone, without sharding or entities: many persistent actors each calling
/// <c>PersistAllAsync</c> with a few small events in a loop for a fixed time (the shape of
/// Akka.Persistence.Sql's own benchmark). It runs on the persistence HOCON a node with these settings
/// runs with, so its events/s is the ceiling the order path can reach on that journal.
/// </summary>
public static class JournalCeiling
{
    public static async Task<JournalFigures> MeasureAsync(HiveNodeSettings settings, int actors = 1000, int eventsPerCall = 5, TimeSpan? duration = null)
    {
        if (settings.Journal == JournalProvider.Sqlite) SqliteJournalSchema.Ensure(settings.JournalConnectionString);
        var system = ActorSystem.Create("journal-bench", HiveHocon.Local(settings));
        try
        {
            var writers = Enumerable.Range(0, actors)
                .Select(i => system.ActorOf(Props.Create(() => new Writer($"bench-{i}", eventsPerCall)), $"writer-{i}"))
                .ToList();
            var timeout = TimeSpan.FromMinutes(2);
            await Task.WhenAll(writers.Select(w => w.Ask<Writer.Ready>(Writer.AwaitRecovery.Instance, timeout)));
            var until = Stopwatch.GetTimestamp() + (long)((duration ?? TimeSpan.FromSeconds(10)).TotalSeconds * Stopwatch.Frequency);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var results = await Task.WhenAll(writers.Select(w => w.Ask<Writer.Done>(new Writer.Run(until), timeout)));
            var elapsed = clock.Elapsed;
            cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            var latencies = results.SelectMany(r => r.Latencies).Order().ToArray();
            return new JournalFigures(results.Sum(r => r.Events), elapsed, cpu,
                latencies.Length == 0 ? double.NaN : latencies[latencies.Length / 2],
                latencies.Length == 0 ? double.NaN : latencies[(int)(latencies.Length * 0.99)]);
        }
        finally
        {
            await system.Terminate();
        }
    }

    /// <summary>Persists <c>eventsPerCall</c> events at a time until the deadline, timing each call.</summary>
    private sealed class Writer : ReceivePersistentActor
    {
        private readonly int _eventsPerCall;
        private readonly List<double> _latencies = [];
        private long _events;

        public Writer(string persistenceId, int eventsPerCall)
        {
            PersistenceId = persistenceId;
            _eventsPerCall = eventsPerCall;
            Recover<string>(_ => { });
            Command<AwaitRecovery>(_ => Sender.Tell(Ready.Instance));
            Command<Run>(run => PersistCall(run.Until, Sender));
        }

        public override string PersistenceId { get; }

        private void PersistCall(long until, IActorRef replyTo)
        {
            if (Stopwatch.GetTimestamp() >= until)
            {
                replyTo.Tell(new Done(_events, _latencies));
                return;
            }

            var started = Stopwatch.GetTimestamp();
            var remaining = _eventsPerCall;
            PersistAllAsync(Enumerable.Range(0, _eventsPerCall).Select(i => $"e{LastSequenceNr + i}"), _ =>
            {
                _events++;
                if (--remaining > 0) return;
                _latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                PersistCall(until, replyTo);
            });
        }

        public sealed record AwaitRecovery
        {
            public static readonly AwaitRecovery Instance = new();
        }

        public sealed record Ready
        {
            public static readonly Ready Instance = new();
        }

        public sealed record Run(long Until);

        public sealed record Done(long Events, IReadOnlyList<double> Latencies);
    }
}
