using Hive.Actors.Hosting;
using System.Collections.Immutable;
using Akka.Actor;
using Akka.Cluster.Sharding;
using Hive.Actors.Diagnostics;
using Hive.Actors.Entities;
using Hive.Actors.Protocol;
using Hive.Core.Ids;
using Hive.Core.OrderFlow;
using Hive.TestSupport;
using Hive.Core.Accounts;
using Hive.Core.Orders;
using Hive.Core.Strategies.Instances;

namespace Hive.Actors.Tests;

/// <summary>The entity plumbing on real journals: every test runs on SQLite and on PostgreSQL.</summary>
public sealed class EntityPersistenceSpecs : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("hive-test-").FullName;

    public static Journals.TheoryDataBoth Both => Journals.Both;

    [Theory]
    [MemberData(nameof(Both))]
    public async Task Account_ledger_survives_a_node_restart(string journal)
    {
        var settings = await Journals.FreshAsync(journal, _dir);
        var id = new AccountId("ACC-1");
        await using (var node = await TestNode.StartAsync(settings))
        {
            Assert.IsType<CommandAccepted>(await node.Gateway.Ask(new OpenAccount(id, AccountType.Cash)));
            Assert.IsType<CommandAccepted>(await node.Gateway.Ask(new DepositFunds(id, "t1", "USD", 1000m)));
            Assert.True(((CommandAccepted)await node.Gateway.Ask(new DepositFunds(id, "t1", "USD", 1000m))).Duplicate);
            Assert.IsType<CommandAccepted>(await node.Gateway.Ask(new DepositFunds(id, "t2", "USD", 250m)));
            var order = new OrderRequest(new ClientOrderId("o-1"), id, InstrumentId.Parse("SIM:SPX"), OrderSide.Buy, OrderType.Limit, 1m, 100m);
            // The account holds and forwards the order to its venue, which answers the asker with the order's reports.
            Assert.IsType<VenueReports>(await node.Gateway.Ask(new ReserveBuyingPower(order, "USD", 100m)));
        }

        await using (var node = await TestNode.StartAsync(settings with { Port = FreePort.Next() }))
        {
            var state = (AccountState)await node.Gateway.Ask(new GetAccount(id));
            Assert.Equal(1250m, state.CashIn("USD"));
            Assert.Equal(1150m, state.BuyingPower("USD"));
            Assert.Equal(4, state.Version);
            var again = await node.Gateway.Ask(new DepositFunds(id, "t1", "USD", 1000m));
            Assert.True(((CommandAccepted)again).Duplicate);
        }
    }

    [Theory]
    [MemberData(nameof(Both))]
    public async Task Recovery_from_a_snapshot_gives_the_same_state_as_full_replay(string journal)
    {
        var settings = await Journals.FreshAsync(journal, _dir);
        settings = settings with { Entities = settings.Entities with { SnapshotEvery = 5 } };
        var id = new AccountId("SNAP");
        await using (var node = await TestNode.StartAsync(settings))
        {
            Assert.IsType<CommandAccepted>(await node.Gateway.Ask(new OpenAccount(id, AccountType.Cash)));
            for (var i = 1; i <= 11; i++)
                Assert.IsType<CommandAccepted>(await node.Gateway.Ask(new DepositFunds(id, $"t{i}", "EUR", i)));
        }

        await using (var node = await TestNode.StartAsync(settings with { Port = FreePort.Next() }))
        {
            var state = (AccountState)await node.Gateway.Ask(new GetAccount(id));
            Assert.Equal(66m, state.CashIn("EUR"));
            Assert.Equal(12, state.Version);
            Assert.Equal(11, state.AppliedTransfers.Keys.Count);
        }

        Assert.True(await SnapshotRows(settings) >= 1, "expected at least one snapshot after 12 events with SnapshotEvery = 5");
    }

    [Theory]
    [MemberData(nameof(Both))]
    public async Task A_running_strategy_comes_back_by_itself_after_restart(string journal)
    {
        var settings = await Journals.FreshAsync(journal, _dir);
        var running = new StrategyId("sma-1");
        var stopped = new StrategyId("sma-2");
        await using (var node = await TestNode.StartAsync(settings))
        {
            var parameters = ImmutableSortedDictionary.CreateRange(new Dictionary<string, string> { ["instrument"] = "SIM:SPX" });
            Assert.IsType<CommandAccepted>(await node.Gateway.Ask(new StartStrategy(running, "sma-cross", new AccountId("A"), parameters)));
            Assert.IsType<CommandAccepted>(await node.Gateway.Ask(new StartStrategy(stopped, "sma-cross", new AccountId("A"), parameters)));
            await node.Gateway.Ask(new StopStrategy(stopped, "test"));
        }

        // Passivation is short so the stopped one leaves; the running one must be restarted by remember-entities without any message.
        settings = settings with { Port = FreePort.Next(), Entities = settings.Entities with { PassivateAfter = TimeSpan.FromSeconds(1) } };
        await using (var node = await TestNode.StartAsync(settings))
        {
            var region = node.Gateway.Region(RegionNames.Strategy);
            await Eventually(async () =>
            {
                var state = await region.Ask<CurrentShardRegionState>(GetShardRegionState.Instance, TimeSpan.FromSeconds(3));
                return state.Shards.SelectMany(s => s.EntityIds).Contains(running.Value);
            }, TimeSpan.FromSeconds(20), "the running strategy was not restarted by remember-entities");
            var strategy = (StrategyState)await node.Gateway.Ask(new GetStrategy(running));
            Assert.True(strategy.Running);
        }
    }

    [Theory]
    [MemberData(nameof(Both))]
    public async Task Idle_entities_passivate_unless_they_hold_open_orders(string journal)
    {
        var settings = await Journals.FreshAsync(journal, _dir);
        settings = settings with { Entities = settings.Entities with { PassivateAfter = TimeSpan.FromMilliseconds(700) } };
        await using var node = await TestNode.StartAsync(settings);
        var idle = new AccountId("IDLE");
        var busy = new AccountId("BUSY");
        foreach (var account in new[] { idle, busy })
        {
            await node.Gateway.Ask(new OpenAccount(account, AccountType.Cash));
            await node.Gateway.Ask(new DepositFunds(account, "t1", "USD", 10m));
        }
        var open = new OrderRequest(new ClientOrderId("open-1"), busy, InstrumentId.Parse("SIM:SPX"), OrderSide.Buy, OrderType.Limit, 1m, 5m);
        Assert.IsType<VenueReports>(await node.Gateway.Ask(new ReserveBuyingPower(open, "USD", 5m)));
        var region = node.Gateway.Region(RegionNames.Account);
        await Eventually(async () =>
        {
            var state = await region.Ask<CurrentShardRegionState>(GetShardRegionState.Instance, TimeSpan.FromSeconds(3));
            var alive = state.Shards.SelectMany(s => s.EntityIds).ToHashSet();
            return !alive.Contains(idle.Value) && alive.Contains(busy.Value);
        }, TimeSpan.FromSeconds(15), "idle account should passivate, account with an open order should stay");
        // The busy one's own idle periods may not all have passed when the idle one left: it is watched through three more, and
        // must be the same incarnation throughout (one that passivated and came back by remember-entities has a new uid).
        // Identify is answered by the actor's cell, so asking does not count as a message that keeps the entity busy.
        var incarnation = await IncarnationAsync(node, region, busy.Value);
        Assert.NotNull(incarnation);
        var watchedUntil = DateTime.UtcNow + 3 * settings.Entities.PassivateAfter;
        while (DateTime.UtcNow < watchedUntil)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(200));
            Assert.Equal(incarnation, await IncarnationAsync(node, region, busy.Value));
        }
        Assert.Null(await IncarnationAsync(node, region, idle.Value));
        var idleState = (AccountState)await node.Gateway.Ask(new GetAccount(idle));
        Assert.Equal(10m, idleState.CashIn("USD"));
    }

    [Fact]
    public async Task A_message_the_entity_does_not_understand_is_rejected_counted_and_harmless()
    {
        await using var node = await TestNode.StartAsync(TestNode.SqliteSettings(Path.Combine(_dir, "u.db")));
        var id = new AccountId("ODD");
        await node.Gateway.Ask(new OpenAccount(id, AccountType.Cash));
        await node.Gateway.Ask(new DepositFunds(id, "t1", "USD", 5m));
        var before = HiveCounters.Get("unknown/account/String");
        var region = node.Gateway.Region(RegionNames.Account);

        var reply = await region.Ask<object>(new ShardingEnvelope(id.Value, "not a command"), TimeSpan.FromSeconds(10));
        var wrongType = await region.Ask<object>(new ShardingEnvelope(id.Value, new RequestCancel(new ClientOrderId("x"), "wrong region")), TimeSpan.FromSeconds(10));

        var rejected = Assert.IsType<CommandRejected>(reply);
        Assert.Equal("unknown-message", rejected.Code);
        Assert.Contains("String", rejected.Message);
        Assert.Equal("unknown-message", Assert.IsType<CommandRejected>(wrongType).Code);
        Assert.Equal(before + 1, HiveCounters.Get("unknown/account/String"));
        var state = (AccountState)await node.Gateway.Ask(new GetAccount(id));
        Assert.Equal(5m, state.CashIn("USD"));
    }

    [Fact]
    public async Task An_unreachable_journal_makes_commands_time_out_and_the_node_runs_on_to_take_them_once_it_is_back()
    {
        using var server = LocalPostgresServer.Start();
        var journal = new Npgsql.NpgsqlConnectionStringBuilder(server.ConnectionString) { Timeout = 1 }.ConnectionString;
        server.Stop();
        await using var node = await TestNode.StartAsync(TestNode.PostgresSettings(journal));
        var account = new AccountId("OUTAGE");
        var open = new OpenAccount(account, AccountType.Cash);

        // Sharding's coordinator and the entity both need the journal: they retry, the caller times out.
        await Assert.ThrowsAsync<AskTimeoutException>(() => node.Gateway.Ask(open, TimeSpan.FromSeconds(4)));
        await Assert.ThrowsAsync<AskTimeoutException>(() => node.Gateway.Ask(open, TimeSpan.FromSeconds(2)));
        Assert.False(node.System.WhenTerminated.IsCompleted);

        // The timeouts were the journal's and the node kept running through them: once the journal answers, it takes the command.
        server.StartAgain();
        await Eventually(async () =>
        {
            try
            {
                return await node.Gateway.Ask(open, TimeSpan.FromSeconds(3)) is CommandAccepted;
            }
            catch (AskTimeoutException)
            {
                return false; // the coordinator or the entity is still between retries
            }
        }, TimeSpan.FromSeconds(90), "the node did not take the command once the journal was back");
        var state = (AccountState)await node.Gateway.Ask(new GetAccount(account));
        Assert.True(state.IsOpen);
        Assert.Equal(AccountType.Cash, state.Type);
    }

    private static async Task<long> SnapshotRows(Hive.Actors.Hosting.HiveNodeSettings settings)
    {
        await using System.Data.Common.DbConnection connection = settings.Journal == Hive.Actors.Hosting.JournalProvider.PostgreSql
            ? new Npgsql.NpgsqlConnection(settings.JournalConnectionString)
            : new Microsoft.Data.Sqlite.SqliteConnection(settings.JournalConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"select count(*) from {(settings.Journal == Hive.Actors.Hosting.JournalProvider.PostgreSql ? "snapshot" : "snapshots")} where persistence_id = 'account-SNAP'";
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    /// <summary>The uid of the entity's actor as it runs now, or null when it is not running.</summary>
    private static async Task<long?> IncarnationAsync(TestNode node, IActorRef region, string entityId)
    {
        var state = await region.Ask<CurrentShardRegionState>(GetShardRegionState.Instance, TimeSpan.FromSeconds(3));
        if (state.Shards.FirstOrDefault(s => s.EntityIds.Contains(entityId)) is not { } shard) return null;
        var identity = await node.System.ActorSelection(region.Path / shard.ShardId / entityId)
            .Ask<ActorIdentity>(new Identify(entityId), TimeSpan.FromSeconds(3));
        return identity.Subject?.Path.Uid;
    }

    private static Task Eventually(Func<Task<bool>> condition, TimeSpan within, string because) =>
        TestSupport.Eventually.HoldsAsync(condition, because, within, TimeSpan.FromMilliseconds(250));

    public void Dispose()
    {
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }
}
