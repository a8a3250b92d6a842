using Akka.Actor;
using Akka.Cluster.Hosting;
using Akka.Cluster.Sharding;
using Akka.Hosting;
using Akka.Persistence.Sql;
using Hive.Actors.Diagnostics;
using Hive.Actors.Entities;
using Hive.Actors.Persistence;
using Hive.Actors.ReadModel;
using Hive.Actors.Sharding;
using Hive.Actors.Surveillance;
using Hive.Core.Algos.Instances;
using Hive.Core.Domain;
using Hive.Core.OrderFlow;
using Hive.Core.Risk;
using Hive.Core.Security;

namespace Hive.Actors.Hosting;

/// <summary>Akka.Hosting wiring shared by the `hive` node, the lighthouse and the tests.</summary>
public static class HiveAkkaBuilderExtensions
{
    public static AkkaConfigurationBuilder WithHive(this AkkaConfigurationBuilder builder, HiveNodeSettings settings)
    {
        if (settings.Journal == JournalProvider.Sqlite && settings.HostsEntities)
            SqliteJournalSchema.Ensure(settings.JournalConnectionString);
        builder.AddHocon(HiveHocon.Build(settings), HoconAddMode.Prepend);
        // The SQL plugin's reference config (plugin classes, table mappings) as the fallback.
        builder.AddHocon(SqlPersistence.DefaultConfiguration, HoconAddMode.Append);
        if (settings.RemoteTls is { } tls) builder.AddSetup(tls.Setup());
        builder.ConfigureLoggers(loggers =>
        {
            loggers.LogLevel = Akka.Event.LogLevel.InfoLevel;
            loggers.ClearLoggers();
            if (settings.JsonLogs) loggers.AddLogger<JsonLogger>();
            else loggers.AddDefaultLogger();
            loggers.AddLogger<RingBufferLogger>();
        });
        if (!settings.HostsEntities)
        {
            // A lighthouse only needs proxies so that `hive ctl` can ask it about the regions.
            return builder;
        }

        // Every region remembers its entities: an open order, an account holding buying power and a running
        // strategy must come back by themselves on a surviving node after failover to finish what they owe. The same
        // memory restarts an entity that stopped on a journal failure, after sharding.entity-restart-backoff (no
        // supervisor actor per entity: one would double the actors and the cost of starting each new order).
        var remembered = new ShardOptions
        {
            Role = "node",
            StateStoreMode = StateStoreMode.Persistence,
            RememberEntities = true,
            RememberEntitiesStore = RememberEntitiesStore.Eventsourced,
        };
        var e = settings.Entities;
        var t = settings.Trading;
        var n = settings.NumberOfShards;
        var readSide = new OrderLookup(new ReadModelQueries(ReadModelDialect.For(settings)));
        var algoHistory = new AlgoHistory(settings.LakePath, t.Catalog);
        builder.WithReadModel(settings);
        builder.WithSurveillance(settings);
        // Bars reach strategies through distributed pub-sub. Started on every node from the beginning (not on the first
        // publish or subscribe), so each node can read the others' mediator gossip and subscriptions spread before a
        // failover moves a strategy or a venue.
        builder.WithDistributedPubSub("node");
        return builder
            .WithShardRegion<AccountRegion>(RegionNames.Account,
                id => Props.Create<AccountEntity>(id, e),
                new HiveMessageExtractor<IWithAccountId>(n, m => m.AccountId.Value), remembered)
            .WithShardRegion<OrderRegion>(RegionNames.Order,
                id => Props.Create<OrderGroupEntity>(id, e, t, readSide),
                new HiveMessageExtractor<IWithOrderId>(n, m => OrderGroupState.GroupOf(m.OrderId, e.OrderGroups)), remembered)
            .WithShardRegion<InstrumentRegion>(RegionNames.Instrument,
                id => Props.Create<InstrumentEntity>(id, e, t),
                new HiveMessageExtractor<IWithInstrumentId>(n, m => m.InstrumentId.ToString()), remembered)
            .WithShardRegion<StrategyRegion>(RegionNames.Strategy,
                id => Props.Create<StrategyEntity>(id, e, t),
                new HiveMessageExtractor<IWithStrategyId>(n, m => m.StrategyId.Value), remembered)
            .WithShardRegion<KillSwitchRegion>(RegionNames.KillSwitches,
                _ => Props.Create<KillSwitchEntity>(e),
                new HiveMessageExtractor<IForKillSwitches>(n, _ => KillSwitchState.EntityId), remembered)
            .WithShardRegion<UserDirectoryRegion>(RegionNames.Users,
                _ => Props.Create<UserDirectoryEntity>(e),
                new HiveMessageExtractor<IForUserDirectory>(n, _ => UserDirectoryState.EntityId), remembered)
            // A parent hears from its children's orders as a strategy does (OrderUpdate, owner algo.{id}).
            .WithShardRegion<AlgoRegion>(RegionNames.Algo,
                id => Props.Create<AlgoEntity>(id, e, t, algoHistory),
                new HiveMessageExtractor<IHiveMessage>(n, m => m switch
                {
                    IWithAlgoId a => a.AlgoId.Value,
                    OrderUpdate u => AlgoOwner.AlgoOf(u.StrategyId)?.Value,
                    _ => null,
                }), remembered);
    }

    /// <summary>
    /// The read side's projection, registered under <see cref="ReadModelProjector"/>. With PostgreSQL every node shares
    /// one database, so one projection for the whole cluster (a singleton on the oldest node, handed over when it leaves);
    /// with SQLite every node journals to its own file, so each node projects its own journal into its own read tables.
    /// </summary>
    private static AkkaConfigurationBuilder WithReadModel(this AkkaConfigurationBuilder builder, HiveNodeSettings settings)
    {
        var shared = settings.Journal == JournalProvider.PostgreSql;
        var props = ReadModelProjector.Props(new ReadModelStore(ReadModelDialect.For(settings)), settings.ReadJournalPluginId, settings.ReadModel,
            publishClusterWide: shared);
        if (shared)
            return builder.WithSingleton<ReadModelProjector>("read-model", props, new ClusterSingletonOptions { Role = "node" });
        return builder.WithActors((system, registry) => registry.Register<ReadModelProjector>(system.ActorOf(props, "read-model")));
    }

    /// <summary>The trade-surveillance scanner, registered under <see cref="SurveillanceScanner"/>: one per database, like the
    /// projection whose tables it reads (a singleton on PostgreSQL, one per node on SQLite).</summary>
    private static AkkaConfigurationBuilder WithSurveillance(this AkkaConfigurationBuilder builder, HiveNodeSettings settings)
    {
        var shared = settings.Journal == JournalProvider.PostgreSql;
        var props = SurveillanceScanner.Props(new SurveillanceStore(ReadModelDialect.For(settings)), settings.Surveillance, clusterWide: shared);
        if (shared)
            return builder.WithSingleton<SurveillanceScanner>("surveillance", props, new ClusterSingletonOptions { Role = "node" });
        return builder.WithActors((system, registry) => registry.Register<SurveillanceScanner>(system.ActorOf(props, "surveillance")));
    }
}
