using Akka.Configuration;
using Akka.Persistence.Sql;
using Akka.Persistence.Sql.Query;
using Hive.Actors.Persistence;
using Hive.Actors.ReadModel;
using Hive.Actors.Serialization;
using Hive.Core.Accounts;
using Hive.Core.Algos.Instances;
using Hive.Core.Orders;
using Hive.Core.Strategies.Instances;

namespace Hive.Actors.Hosting;

/// <summary>
/// The HOCON a Hive node runs with. Remoting, cluster, split-brain resolver, sharding, persistence
/// and serialization are set here in one readable block; Akka.Hosting then starts the regions.
/// Failover tuning (see docs/cluster.md): heartbeats every 1 s, a node missing them for
/// <c>AcceptableHeartbeatPause</c> (3 s) is unreachable, and keep-majority downs it once membership has
/// been stable for <c>StableAfter</c> (3 s), instead of Akka's 20 s default.
/// </summary>
public static class HiveHocon
{
    public static string Build(HiveNodeSettings s)
    {
        // Bootstrap needs no seed nodes at all: Akka.Management's ClusterBootstrap stands down when any are configured.
        IReadOnlyList<string> seeds = s.Bootstrap is not null ? [] : s.Seeds.Count == 0 ? [s.SelfAddress] : s.Seeds;
        var (provider, mapping) = s.Journal switch
        {
            JournalProvider.PostgreSql => ("PostgreSQL.15", "default"),
            _ => ("SQLite.MS", "default"),
        };
        var connection = Quote(s.JournalConnectionString);
        var sqlite = s.Journal == JournalProvider.Sqlite;
        // SQLite takes one writer at a time: several writers only queue on its lock (with sleeps), so
        // the SQL plugin writes from one connection in large batches. PostgreSQL takes parallel writers.
        // On SQLite the node runs Hive's own journal (docs/journal.md); the plugin stays configured on the
        // same file so that the journal bench can compare the two.
        var (writers, batch) = sqlite ? (1, 500) : (4, 200);
        return $$"""
            akka {
              loglevel = INFO
              stdout-loglevel = {{(s.JsonLogs ? "OFF" : "WARNING")}}
              actor {
                provider = cluster
                serializers {
                  hive = "{{typeof(HiveJsonSerializer).AssemblyQualifiedName}}"
                  # Hyperion for what is not Hive's (Akka's own messages have their own serializers), limited to an
                  # allow-list of the types it may create (HyperionAllowList).
                  hyperion = "{{typeof(AllowListHyperionSerializer).AssemblyQualifiedName}}"
                }
                serialization-bindings {
                  "Hive.Core.Domain.IHiveSerializable, Hive.Core" = hive
                  "System.Object" = hyperion
                }
                serialization-identifiers {
                  "{{typeof(HiveJsonSerializer).AssemblyQualifiedName}}" = {{HiveJsonSerializer.SerializerId}}
                }
                serialization-settings.hyperion {
                  # Refuse to deserialize types that can run code (the known gadget list), on top of the allow-list.
                  disallow-unsafe-type = true
                }
              }
              remote.dot-netty.tcp {
                hostname = "{{s.Hostname}}"
                public-hostname = "{{s.PublicHostname ?? s.Hostname}}"
                port = {{s.Port}}
                # The certificate and the check of peers' certificates come as a DotNettySslSetup (RemoteTls): a certificate
                # file in HOCON would be checked against the machine's trust store, where the cluster's CA is not.
                enable-ssl = {{(s.RemoteTls is null ? "off" : "on")}}
              }
              cluster {
                seed-nodes = [{{string.Join(", ", seeds.Select(Quote))}}]
                roles = [{{string.Join(", ", s.Roles.Select(Quote))}}]
                downing-provider-class = "Akka.Cluster.SBR.SplitBrainResolverProvider, Akka.Cluster"
                split-brain-resolver {
                  active-strategy = keep-majority
                  stable-after = {{(int)s.StableAfter.TotalMilliseconds}}ms
                  down-all-when-unstable = on
                }
                failure-detector {
                  heartbeat-interval = 1s
                  acceptable-heartbeat-pause = {{(int)s.AcceptableHeartbeatPause.TotalMilliseconds}}ms
                  threshold = 8.0
                }
                # How long after a member is removed its singletons (the shard coordinators) and shards start elsewhere.
                # Off, the SBR would wait its stable-after again (3 s); the margin is there so a downed minority can stop its
                # entities first. Hive's journals refuse a second write of an entity's sequence number, so two
                # incarnations for a moment cannot both persist; 1 s leaves the minority that moment. (docs/cluster.md)
                down-removal-margin = 1s
                # The leader moves Down to Removed, and the failure detector's verdicts are reaped, on these ticks (1 s each
                # by default: up to two seconds of every failover).
                leader-actions-interval = 250ms
                unreachable-nodes-reaper-interval = 250ms
                sharding {
                  role = "node"
                  state-store-mode = persistence
                  remember-entities-store = eventsourced
                  # Restart a remembered entity that stopped (e.g. journal failure) after this delay.
                  entity-restart-backoff = 2s
                  rebalance-interval = 5s
                  # Entities passivate themselves (EntityActor) when their state allows it.
                  passivate-idle-entity-after = off
                  coordinator-failure-backoff = 2s
                  retry-interval = 500ms
                  waiting-for-state-timeout = 2s
                  # Shards load their remembered entities from the journal; under a burst on SQLite that can take a while.
                  updating-state-timeout = 30s
                  shard-start-timeout = 10s
                }
                singleton.hand-over-retry-interval = 500ms
                # A bar of a listing nobody watches (SIM2's mirror of SIM's bars) is not a lost letter: no dead-letter log.
                pub-sub.send-to-dead-letters-when-no-subscribers = off
              }
              coordinated-shutdown.exit-clr = off
              persistence {
                journal {
                  plugin = "{{(sqlite ? SqliteJournalId : SqlJournalId)}}"
                  sqlite {
                    class = "{{typeof(SqliteJournal).AssemblyQualifiedName}}"
                    connection-string = {{connection}}
                    # The writer commits every write waiting in its queue, up to this many events a transaction.
                    max-batch-events = 5000
                    {{JournalBreaker}}
                    {{NoReplayFilter}}
                    {{ReadModelTagging}}
                  }
                  # On PostgreSQL the plugin's journal with Hive's write path (PostgresJournal: array inserts on `parallelism`
                  # connections, up to max-batch-events a statement); batch-size only applies to the plugin's own writes, which
                  # the journal bench still runs on SQLite (sqlite-plugin).
                  sql {
                    {{(sqlite ? "" : $"class = \"{typeof(PostgresJournal).AssemblyQualifiedName}\"")}}
                    connection-string = {{connection}}
                    provider-name = "{{provider}}"
                    table-mapping = {{mapping}}
                    auto-initialize = on
                    warn-on-auto-init-fail = true
                    parallelism = {{writers}}
                    batch-size = {{batch}}
                    max-batch-events = 5000
                    # Tags are a column of the journal table (the read side's one tag, ReadModelTags): with a tag table the
                    # plugin inserts every tagged row alone to learn its ordering, one round trip per event (measured: the
                    # order path's ceiling on PostgreSQL), where untagged and CSV-tagged rows go in multi-row inserts.
                    tag-write-mode = Csv
                    prefer-parameters-on-multirow-insert = on
                    {{JournalBreaker}}
                    {{NoReplayFilter}}
                    {{ReadModelTagging}}
                  }
                }
                snapshot-store {
                  plugin = "akka.persistence.snapshot-store.{{(sqlite ? "sqlite" : "sql")}}"
                  sqlite {
                    class = "{{typeof(SqliteSnapshotStore).AssemblyQualifiedName}}"
                    connection-string = {{connection}}
                    {{JournalBreaker}}
                  }
                  sql {
                    connection-string = {{connection}}
                    provider-name = "{{provider}}"
                    table-mapping = {{mapping}}
                    auto-initialize = on
                    {{JournalBreaker}}
                  }
                }
                # Read side: the projection follows the tag streams with persistence queries. Polling every 50 ms keeps the
                # read tables about a tenth of a second behind the writes. Hive's SQLite journal commits orderings in order,
                # so its query needs no gap detection; the SQL plugin waits for a gap in the ordering (a write still
                # committing) up to 200 x 50 ms before it takes it as permanent.
                query.journal.sqlite {
                  class = "{{typeof(SqliteReadJournalProvider).AssemblyQualifiedName}}"
                  connection-string = {{connection}}
                  write-plugin = "{{SqliteJournalId}}"
                  refresh-interval = 50ms
                }
                query.journal.sql {
                  write-plugin = "akka.persistence.journal.sql"
                  connection-string = {{connection}}
                  provider-name = "{{provider}}"
                  table-mapping = {{mapping}}
                  tag-read-mode = Csv
                  max-buffer-size = 500
                  refresh-interval = 50ms
                  journal-sequence-retrieval {
                    query-delay = 50ms
                    max-tries = 200
                  }
                }
              }
            }
            {{(s.Bootstrap is { } b ? Bootstrap(b) : "")}}
            {{s.ExtraHocon}}
            """;
    }

    /// <summary>Akka.Management's cluster bootstrap and the discovery method it looks contact points up with. Its HTTP endpoint
    /// is never started (docs/deploy.md): the node serves <c>/bootstrap/seed-nodes</c> itself, on its HTTP port, which is
    /// therefore every contact point's port.</summary>
    private static string Bootstrap(BootstrapDiscovery b)
    {
        var (method, portName) = b.Method == DiscoveryMethod.Kubernetes ? ("kubernetes-api", b.PortName) : ("config", "");
        var margin = (int)b.StableMargin.TotalMilliseconds;
        var interval = (int)b.ProbeInterval.TotalMilliseconds;
        return $$"""
            akka.management.cluster.bootstrap {
              contact-point-discovery {
                service-name = {{Quote(b.ServiceName)}}
                discovery-method = {{method}}
                port-name = {{Quote(portName)}}
                required-contact-point-nr = {{b.RequiredContactPoints}}
                stable-margin = {{margin}}ms
                interval = {{interval}}ms
              }
              contact-point {
                fallback-port = {{b.SelfContactPoint.Port}}
                # Discovery lists contact points only (the nodes' HTTP ports), and several nodes may share a host: keep them all.
                filter-on-fallback-port = off
                probe-interval = {{interval}}ms
              }
            }
            akka.discovery {
              method = {{method}}
              config.services.{{b.ServiceName}}.endpoints = [{{string.Join(", ", b.Endpoints.Select(Quote))}}]
            }
            """;
    }

    /// <summary>
    /// The node's persistence and serialization for a plain local actor system (no remoting, no cluster),
    /// with the SQL plugin's reference config behind it: what the journal bench and specs run on.
    /// </summary>
    public static Config Local(HiveNodeSettings s) =>
        ConfigurationFactory.ParseString(Build(s with { ExtraHocon = "akka.actor.provider = local\n" + s.ExtraHocon }))
            .WithFallback(SqlPersistence.DefaultConfiguration);

    /// <summary>Order, account and strategy events are tagged for the read side's projection, on either journal.</summary>
    private static readonly string ReadModelTagging = $$"""
        event-adapters {
                      read-model-tags = "{{typeof(ReadModelTagger).FullName}}, {{typeof(ReadModelTagger).Assembly.GetName().Name}}"
                    }
                    event-adapter-bindings {
                      "{{typeof(IOrderEvent).FullName}}, {{typeof(IOrderEvent).Assembly.GetName().Name}}" = read-model-tags
                      "{{typeof(IAccountEvent).FullName}}, {{typeof(IAccountEvent).Assembly.GetName().Name}}" = read-model-tags
                      "{{typeof(StrategyEvent).FullName}}, {{typeof(StrategyEvent).Assembly.GetName().Name}}" = read-model-tags
                      "{{typeof(AlgoEvent).FullName}}, {{typeof(AlgoEvent).Assembly.GetName().Name}}" = read-model-tags
                    }
        """;

    /// <summary>After 10 failed calls in a row a journal fails fast (Akka's circuit breaker) until it is tried again,
    /// after 2 s here instead of Akka's 30 s: measured by the db-restart drill, a PostgreSQL server back after 4 s left every
    /// entity refused for 62 s (two 30 s waits: the first call after the first one met a pooled connection the restart had
    /// broken).</summary>
    private const string JournalBreaker = "circuit-breaker.reset-timeout = 2s";

    /// <summary>Akka's replay filter guards against two writers of one persistence id; it starts a child actor for every
    /// recovery (measured: 4 % of the order path's allocations, one recovery per new order). Sharding already guarantees
    /// one live incarnation per entity, and both journals commit a persistence id's writes in order.</summary>
    private const string NoReplayFilter = "replay-filter.mode = off";

    public const string SqliteJournalId = "akka.persistence.journal.sqlite";

    public const string SqlJournalId = "akka.persistence.journal.sql";

    /// <summary>The persistence query plugin that reads the node's journal.</summary>
    public static string ReadJournalId(JournalProvider journal) =>
        journal == JournalProvider.Sqlite ? SqliteReadJournal.Identifier : SqlReadJournal.Identifier;

    private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
