using Akka.Actor;
using Akka.Cluster;
using Akka.Cluster.Sharding;
using Hive.Actors.Entities;
using Hive.Actors.ReadModel;
using Hive.Actors.Sharding;
using Hive.Cluster.Node;
using Hive.Cluster.Trading;
using Hive.Core.Ids;
using Hive.Core.Risk;
using Prometheus;
using AkkaCluster = Akka.Cluster.Cluster;

namespace Hive.Cluster.Metrics;

/// <summary>
/// One node's own series, collected when Prometheus scrapes (never on the actors' path): membership as this node sees
/// it, the shards and entities its regions host, readiness, the read side's lag, the demo's replay, and the equity and
/// trading state of the accounts the configuration lists (<see cref="NodeOptions.MetricsAccounts"/>: a label per account
/// would otherwise grow with every account opened). A part that cannot be collected (the cluster starting or stopping, a
/// region or an account not answering within <see cref="AskTimeout"/>) keeps its last values and is counted in
/// <c>hive_metrics_collect_failures_total{part}</c>; a scrape always answers.
/// </summary>
public sealed class NodeMetrics
{
    public static readonly TimeSpan AskTimeout = TimeSpan.FromSeconds(2);
    private static readonly MemberStatus[] Statuses = Enum.GetValues<MemberStatus>();
    private static readonly TradingState[] TradingStates = Enum.GetValues<TradingState>();

    private readonly ActorSystem _system;
    private readonly EntityGateway _gateway;
    private readonly ReadinessMonitor _readiness;
    private readonly ReadModelLag? _lag;
    private readonly PaperDemo _demo;
    private readonly TradingReader _reader;
    private readonly IReadOnlyList<AccountId> _accounts;
    private readonly bool _hostsEntities;
    private readonly ILogger<NodeMetrics> _log;
    private readonly Gauge _members;
    private readonly Gauge _unreachable;
    private readonly Gauge _shards;
    private readonly Gauge _entities;
    private readonly Gauge _ready;
    private readonly Gauge _eventsBehind;
    private readonly Gauge _secondsSinceNewest;
    private readonly Counter _barsReplayed;
    private readonly Gauge _equity;
    private readonly Gauge _tradingState;
    private readonly Counter _failures;

    public NodeMetrics(ActorSystem system, EntityGateway gateway, ReadinessMonitor readiness, ReadModelLag? lag, PaperDemo demo,
        TradingReader reader, IReadOnlyList<AccountId> accounts, bool hostsEntities, ILogger<NodeMetrics> log)
    {
        (_system, _gateway, _readiness, _lag, _demo, _reader, _accounts, _hostsEntities, _log) =
            (system, gateway, readiness, lag, demo, reader, accounts, hostsEntities, log);
        var f = Prometheus.Metrics.WithCustomRegistry(Registry);
        _members = f.CreateGauge("akka_cluster_members", "Cluster members by status, as this node sees them.", "status");
        _unreachable = f.CreateGauge("akka_cluster_unreachable_members", "Members this node's failure detector marks unreachable.");
        _shards = f.CreateGauge("akka_cluster_sharding_shards", "Shards of each region hosted on this node.", "region");
        _entities = f.CreateGauge("akka_cluster_sharding_entities", "Entities of each region running on this node.", "region");
        _ready = f.CreateGauge("hive_node_ready", "1 while /health/ready answers 200 (member Up, regions reach their coordinators, journal answers).");
        _eventsBehind = f.CreateGauge("hive_projection_events_behind", "Tagged events written but not yet folded into the read tables.", "tag");
        _secondsSinceNewest = f.CreateGauge("hive_projection_seconds_since_newest_event", "Age of the newest event the projection folded (-1 before the first).", "tag");
        _barsReplayed = f.CreateCounter("hive_replay_bars_total", "Bars the paper demo's market-data replay sent to the venues.");
        _equity = f.CreateGauge("hive_account_equity", "Cash plus positions marked at the venues' last prices, per configured account and currency.", "account", "currency");
        _tradingState = f.CreateGauge("hive_account_trading_state", "1 for the configured account's current trading state, 0 for the others.", "account", "state");
        _failures = f.CreateCounter("hive_metrics_collect_failures_total", "Parts of a scrape that could not be collected and kept their last values.", "part");
        foreach (var part in Parts) _failures.WithLabels(part);
        Registry.AddBeforeCollectCallback(CollectAsync);
    }

    /// <summary>This node's registry; <c>/metrics</c> exports it, then <see cref="ProcessMetrics.Registry"/>.</summary>
    public CollectorRegistry Registry { get; } = Prometheus.Metrics.NewCustomRegistry();

    /// <summary>The parts a scrape collects, each counted apart when it fails.</summary>
    private IEnumerable<string> Parts => _hostsEntities
        ? ["cluster", .. RegionNames.All.Select(r => $"sharding/{r}"), .. _lag is null ? Array.Empty<string>() : ["projection"], .. _accounts.Select(a => $"account/{a}")]
        : ["cluster"];

    private async Task CollectAsync(CancellationToken ct)
    {
        Part("cluster", CollectMembers);
        _ready.Set(_readiness.Current.Ready ? 1 : 0);
        _barsReplayed.IncTo(_demo.BarsReplayed);
        if (_hostsEntities)
        {
            foreach (var region in RegionNames.All)
                await PartAsync($"sharding/{region}", () => CollectRegionAsync(region));
            if (_lag is not null) await PartAsync("projection", () => CollectLagAsync(_lag, ct));
            foreach (var account in _accounts)
                await PartAsync($"account/{account}", () => CollectAccountAsync(account, ct));
        }
    }

    private void CollectMembers()
    {
        var state = AkkaCluster.Get(_system).State;
        foreach (var status in Statuses)
            _members.WithLabels(status.ToString().ToLowerInvariant()).Set(state.Members.Count(m => m.Status == status));
        _unreachable.Set(state.Unreachable.Count);
    }

    private async Task CollectRegionAsync(string region)
    {
        var stats = await _gateway.Region(region).Ask<ShardRegionStats>(GetShardRegionStats.Instance, AskTimeout);
        _shards.WithLabels(region).Set(stats.Stats.Count);
        _entities.WithLabels(region).Set(stats.Stats.Values.Sum());
    }

    private async Task CollectLagAsync(ReadModelLag lag, CancellationToken ct)
    {
        var current = await lag.CurrentAsync(ct);
        if (current.Error is not null) throw new InvalidOperationException(current.Error);
        foreach (var tag in current.Tags)
        {
            _eventsBehind.WithLabels(tag.Tag).Set(tag.EventsBehind);
            _secondsSinceNewest.WithLabels(tag.Tag).Set(tag.SecondsSinceNewestEvent ?? -1);
        }
    }

    private async Task CollectAccountAsync(AccountId id, CancellationToken ct)
    {
        if (await _reader.AccountAsync(id, ct).WaitAsync(AskTimeout, ct) is { } account)
            foreach (var (currency, equity) in account.Equity)
                _equity.WithLabels(id.Value, currency).Set((double)equity);
        if (await _reader.RiskAsync(id, ct).WaitAsync(AskTimeout, ct) is { } risk)
            foreach (var state in TradingStates)
            {
                var name = state.ToString().ToLowerInvariant();
                _tradingState.WithLabels(id.Value, name).Set(risk.State == name ? 1 : 0);
            }
    }

    private void Part(string part, Action collect)
    {
        try
        {
            collect();
        }
        // A scrape must answer whatever state the node is in: during start-up and shutdown the cluster extension, the
        // regions and the journal may each be missing or gone, and each throws differently.
        catch (Exception e)
        {
            Failed(part, e);
        }
    }

    private async Task PartAsync(string part, Func<Task> collect)
    {
        try
        {
            await collect();
        }
        catch (Exception e)
        {
            Failed(part, e);
        }
    }

    private void Failed(string part, Exception e)
    {
        _failures.WithLabels(part).Inc();
        _log.LogDebug(e, "metrics: {Part} not collected", part);
    }
}
