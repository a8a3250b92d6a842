using System.Collections.Immutable;
using System.Diagnostics;
using Hive.Actors.Entities;
using Hive.Actors.Protocol;
using Hive.Core.Entities.Accounts;
using Hive.Core.Entities.Strategies;
using Hive.Core.Ids;
using Hive.TestSupport;
using Xunit.Abstractions;

namespace Hive.Integration.Tests;

/// <summary>
/// The disaster-recovery promise: three nodes over loopback on one PostgreSQL journal; the node that
/// hosts entities dies without leaving; its entities come back on the survivors with their state,
/// remembered ones (running strategies, accounts with open orders) by themselves, and accept new commands.
/// </summary>
public sealed class FailoverSpecs(ITestOutputHelper output)
{
    private const int Accounts = 24;
    private const int Strategies = 12;

    [Fact]
    public async Task Entities_of_a_crashed_node_come_back_on_the_survivors_with_their_state()
    {
        var pg = await PostgresServer.SharedAsync();
        var template = TestNode.PostgresSettings(await pg.CreateDatabaseAsync("failover"));
        await using var cluster = await LocalCluster.StartAsync(3, template);
        var entry = cluster.Nodes[0];

        // State spread over the cluster: every account gets a credit and an open-order reservation.
        for (var i = 0; i < Accounts; i++)
        {
            var id = new AccountId($"acc-{i}");
            Assert.IsType<CommandAccepted>(await entry.Gateway.Ask(new CreditCash(id, "deposit", "USD", 1000m + i)));
            Assert.IsType<CommandAccepted>(await entry.Gateway.Ask(new ReserveFunds(id, new ClientOrderId($"ord-{i}"), "USD", 10m)));
        }

        for (var i = 0; i < Strategies; i++)
            Assert.IsType<CommandAccepted>(await entry.Gateway.Ask(new StartStrategy(new StrategyId($"strat-{i}"), "sma-cross",
                new AccountId("acc-0"), ImmutableSortedDictionary<string, string>.Empty.Add("fast", i.ToString()))));

        // The victim is whichever non-seed node hosts the most accounts.
        var hosted = new Dictionary<TestNode, IReadOnlySet<string>>();
        foreach (var node in cluster.Nodes.Skip(1))
            hosted[node] = await LocalCluster.HostedAsync(node, RegionNames.Account);
        var victim = hosted.OrderByDescending(kv => kv.Value.Count).First().Key;
        var orphans = hosted[victim];
        var orphanStrategies = await LocalCluster.HostedAsync(victim, RegionNames.Strategy);
        Assert.NotEmpty(orphans);
        output.WriteLine($"victim {victim.Settings.SelfAddress} hosts {orphans.Count} accounts, {orphanStrategies.Count} strategies");

        var clock = Stopwatch.StartNew();
        await victim.CrashAsync();

        // The first accepted command for an entity that lived on the victim measures failover.
        var probe = new AccountId(orphans.First());
        while (true)
        {
            try
            {
                if (await entry.Gateway.Ask(new CreditCash(probe, "after-failover", "USD", 1m), TimeSpan.FromSeconds(2)) is CommandAccepted) break;
            }
            catch (Akka.Actor.AskTimeoutException)
            {
                Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), "no command accepted within 60 s of the crash");
            }
        }

        output.WriteLine($"failover: first accepted command {clock.Elapsed.TotalSeconds:0.0} s after the crash");
        var survivors = cluster.Alive.ToList();
        Assert.Equal(2, survivors.Count);

        // Remembered entities come back without being asked: running strategies and accounts with open orders.
        await cluster.WaitUntilAsync(_ => HostedOnSurvivors(survivors, RegionNames.Strategy).IsSupersetOf(orphanStrategies.Select(s => s)),
            TimeSpan.FromSeconds(30), "orphaned strategies restarted on survivors");
        await cluster.WaitUntilAsync(_ => HostedOnSurvivors(survivors, RegionNames.Account).IsSupersetOf(orphans),
            TimeSpan.FromSeconds(30), "orphaned accounts restarted on survivors");

        // Every account's state is intact, and new commands are accepted everywhere.
        for (var i = 0; i < Accounts; i++)
        {
            var id = new AccountId($"acc-{i}");
            var state = (AccountState)await survivors[i % 2].Gateway.Ask(new GetAccount(id));
            var expectedCash = 1000m + i + (id == probe ? 1m : 0m);
            Assert.Equal(expectedCash, state.CashIn("USD"));
            Assert.Equal(10m, state.ReservedIn("USD"));
            Assert.IsType<CommandAccepted>(await survivors[(i + 1) % 2].Gateway.Ask(new ReleaseFunds(id, new ClientOrderId($"ord-{i}"))));
        }

        for (var i = 0; i < Strategies; i++)
        {
            var state = (StrategyState)await survivors[0].Gateway.Ask(new GetStrategy(new StrategyId($"strat-{i}")));
            Assert.True(state.Running, $"strat-{i} should still be running");
            Assert.Equal(1, state.Starts);
        }
    }

    private static HashSet<string> HostedOnSurvivors(IEnumerable<TestNode> survivors, string region) =>
        survivors.SelectMany(n => LocalCluster.HostedAsync(n, region).GetAwaiter().GetResult()).ToHashSet();
}
