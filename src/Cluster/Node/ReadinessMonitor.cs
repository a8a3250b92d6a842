using Akka.Actor;
using Akka.Cluster.Sharding;
using Hive.Actors.Entities;
using Hive.Actors.Sharding;
using Microsoft.Extensions.Hosting;
using AkkaCluster = Akka.Cluster.Cluster;

namespace Hive.Cluster.Node;

/// <summary>
/// Re-checks every second whether this node can serve: its cluster member is Up, every shard region
/// reaches its coordinator (the region answers GetCurrentRegions), and the journal answers a query.
/// <c>/health/ready</c> reports the latest result.
/// </summary>
public sealed class ReadinessMonitor(ActorSystem system, EntityGateway gateway, JournalProbe journal, bool hostsEntities)
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
        var detail = ready ? "ready" : string.Join("; ", new[]
        {
            status == "Up" ? null : $"member is {status}",
            regions ? null : "shard coordinators not reachable yet",
            journalOk ? null : journalDetail,
        }.Where(s => s is not null));
        return new ReadinessReport(ready, status, regions, journalOk, detail, DateTime.UtcNow);
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
