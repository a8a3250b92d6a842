using Akka;
using Akka.Actor;
using Akka.Streams;
using Akka.Streams.Dsl;
using Hive.Actors.Entities;
using Hive.Actors.Sharding;
using Hive.Core.Ids;
using Hive.Core.MarketData;
using Hive.Core.OrderFlow;
using Hive.Data.Lake;

namespace Hive.Cluster.Trading;

/// <summary>
/// Replays series from the lake into the instruments' venues through Akka.Streams: one throttled source per
/// instrument (each at <c>barsPerSecond</c>), merged, told to the instrument entities, which match working
/// orders and publish each bar on the instrument's topic. Each series resumes after the venue's last bar, so a
/// restarted node continues where the cluster was (and a second replayer's bars are ignored as old).
/// </summary>
public sealed class MarketReplay(ActorSystem system, EntityGateway gateway, MarketDataLake lake)
{
    private long _sent;

    public long BarsSent => Interlocked.Read(ref _sent);

    public IReadOnlyDictionary<InstrumentId, DateTime> Positions => _positions;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<InstrumentId, DateTime> _positions = new();

    public async Task RunAsync(IReadOnlyList<(InstrumentId Instrument, BarInterval Interval)> series, double barsPerSecond, CancellationToken cancellationToken)
    {
        var sources = new List<Source<Bar, NotUsed>>();
        foreach (var (instrument, interval) in series)
        {
            if (await lake.FindSeriesAsync(instrument, interval, cancellationToken) is not { } key)
                throw new InvalidOperationException($"the lake has no {interval} bars of {instrument}; run `hive data import-samples`");
            var status = await gateway.Ask(new GetVenue(instrument), cancellationToken: cancellationToken) as VenueStatus;
            var from = status?.LastBarTime?.AddTicks(1);
            var source = Source.From(() => lake.ReplayAsync(key, from, cancellationToken: cancellationToken));
            sources.Add(barsPerSecond > 0
                ? source.Throttle(1, TimeSpan.FromSeconds(1 / barsPerSecond), 1, ThrottleMode.Shaping)
                : source);
        }
        if (sources.Count == 0) return;
        var merged = sources.Count == 1 ? sources[0] : Source.Combine(sources[0], sources[1], n => new Merge<Bar>(n), sources.Skip(2).ToArray());
        var instruments = gateway.Region(RegionNames.Instrument);
        (UniqueKillSwitch Kill, Task Done) run = merged
            .ViaMaterialized(KillSwitches.Single<Bar>(), Keep.Right)
            .ToMaterialized(Sink.ForEach<Bar>(bar =>
            {
                // No sender: inside a stream stage the implicit sender is the stream's actor, which cannot take the venue's status.
                instruments.Tell(new ApplyBar(bar), ActorRefs.NoSender);
                _positions[bar.Instrument] = bar.OpenTime;
                Interlocked.Increment(ref _sent);
            }), Keep.Both)
            .Run(system.Materializer());
        await using var stop = cancellationToken.Register(run.Kill.Shutdown);
        // On SIGTERM Akka's CLR exit hook may shut the node down before the host cancels this replay. Bars still sent
        // then keep the instrument region from handing its shards off (its graceful stop times out), so the replay
        // stops in the first phase of the shutdown; and Done, which a stopped materializer may never complete, is
        // not awaited past cancellation.
        CoordinatedShutdown.Get(system).AddTask(CoordinatedShutdown.PhaseBeforeServiceUnbind, "stop-market-replay", () =>
        {
            run.Kill.Shutdown();
            return Task.FromResult(Done.Instance);
        });
        await run.Done.WaitAsync(cancellationToken);
    }
}
