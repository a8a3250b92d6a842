using Akka.Actor;
using Akka.Cluster.Sharding;
using Hive.Actors.Entities;
using Hive.Actors.ReadModel;
using Hive.Actors.Sharding;
using Microsoft.Extensions.Hosting;
using AkkaCluster = Akka.Cluster.Cluster;

namespace Hive.Cluster.Node;

/// <summary>
/// Re-checks every second whether this node can serve: its cluster member is Up, every shard region
/// reaches its coordinator (the region answers GetCurrentRegions), and the journal answers a query; and measures how
/// far the read side is behind the journal, which it reports without counting it against readiness.
/// <c>/health/ready</c> reports the latest result.
/// </summary>
public sealed class ReadinessMonitor(ActorSystem system, EntityGateway gateway, JournalProbe journal, ReadModelLag? readSide, bool hostsEntities)
    : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    public ReadinessReport Current { get; private set; } = ReadinessReport.Starting;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            Current = await CheckAsync(stoppingToken);
            try { await Task.Delay(Interval, stoppingToken); }
            catch (OperationCanceledException) { break; }
        }
    }

    private async Task<ReadinessReport> CheckAsync(CancellationToken ct)
    {
        var status = AkkaCluster.Get(system).SelfMember.Status.ToString();
        var regions = !hostsEntities || await RegionsReachCoordinatorsAsync();
        var (journalOk, journalDetail) = hostsEntities ? await journal.CheckAsync(ct) : (true, "no journal needed");
        var ready = status == "Up" && regions && journalOk;
        var lag = readSide is null || !journalOk ? null : await readSide.CurrentAsync(ct);
        var lagDetail = lag?.Describe() ?? (readSide is null ? "no read side on this node" : "read side not measured: journal unreachable");
        var detail = string.Join("; ", new[]
        {
            ready ? "ready" : null,
            status == "Up" ? null : $"member is {status}",
            regions ? null : "shard coordinators not reachable yet",
            journalOk ? null : journalDetail,
            lag is { CaughtUp: false } ? lagDetail : null,
        }.Where(s => s is not null));
        return new ReadinessReport(ready, status, regions, journalOk, detail, DateTime.UtcNow, lagDetail, lag?.EventsBehind ?? 0);
    }

    private async Task<bool> RegionsReachCoordinatorsAsync()
    {
        try
        {
            foreach (var name in RegionNames.All)
                await gateway.Region(name).Ask<CurrentRegions>(GetCurrentRegions.Instance, TimeSpan.FromSeconds(2));
            return true;
        }
        catch (Exception e) when (e is AskTimeoutException or TaskCanceledException or ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }
}
