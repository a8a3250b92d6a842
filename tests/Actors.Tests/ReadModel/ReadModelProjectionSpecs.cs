using Hive.Actors.Hosting;
using System.Collections.Immutable;
using Akka.Actor;
using Akka.Hosting;
using Akka.Persistence.Query;
using Akka.Streams;
using Hive.Actors.Protocol;
using Hive.Actors.ReadModel;
using Hive.Core.Algos;
using Hive.Core.Algos.Instances;
using Hive.Core.Ids;
using Hive.Core.OrderFlow;
using Hive.Core.ReadModel;
using Hive.TestSupport;
using Hive.Core.Accounts;
using Hive.Core.Orders;
using Hive.Core.Strategies.Instances;

namespace Hive.Actors.Tests.ReadModel;

/// <summary>The projection on a real node and journal: what the entities persist reaches the read tables, and a node
/// restart resumes from the stored offsets without folding anything twice.</summary>
public sealed class ReadModelProjectionSpecs : IDisposable
{
    private static readonly AccountId Account = new("PROJ-1");
    private readonly string _dir = Directory.CreateTempSubdirectory("hive-proj-").FullName;

    public static Journals.TheoryDataBoth Both => Journals.Both;

    private static OrderRequest Limit(string id) =>
        new(new ClientOrderId(id), Account, InstrumentId.Parse("SIM:SPX"), OrderSide.Buy, OrderType.Limit, 1m, 10m);

    /// <summary>Tagged events in the journal, counted through the read journal the projection reads.</summary>
    private static async Task<long> TaggedAsync(TestNode node, string tag) =>
        await PersistenceQuery.Get(node.System).ReadJournalFor<ICurrentEventsByTagQuery>(node.Settings.ReadJournalPluginId)
            .CurrentEventsByTag(tag, Offset.Sequence(0)).RunAggregate(0L, (n, _) => n + 1, node.System.Materializer());

    private static async Task CaughtUpAsync(TestNode node, ReadModelQueries queries)
    {
        await Eventually.HoldsAsync(async () =>
        {
            var offsets = await queries.OffsetsAsync();
            foreach (var tag in ReadModelTags.All)
                if (offsets.Single(o => o.Tag == tag).Events != await TaggedAsync(node, tag)) return false;
            return true;
        }, "the projection folds every tagged event once", TimeSpan.FromSeconds(30));
    }

    [Theory]
    [MemberData(nameof(Both))]
    public async Task What_the_entities_persist_is_projected_and_a_restart_resumes_without_folding_anything_twice(string journal)
    {
        var settings = await Journals.FreshAsync(journal, _dir);
        var queries = new ReadModelQueries(ReadModelDialect.For(settings));
        var strategy = new StrategyId("proj-sma");
        await using (var node = await TestNode.StartAsync(settings))
        {
            Assert.IsType<CommandAccepted>(await node.Gateway.Ask(new OpenAccount(Account, AccountType.Cash)));
            Assert.IsType<CommandAccepted>(await node.Gateway.Ask(new DepositFunds(Account, "t1", "USD", 10_000m)));
            Assert.IsType<CommandAccepted>(await node.Gateway.Ask(new StartStrategy(strategy, "sma-cross", Account,
                ImmutableSortedDictionary<string, string>.Empty.Add("instrument", "SIM:SPX").Add("fast", "2").Add("slow", "3"))));
            foreach (var id in new[] { "p-1", "p-2", "p-3" })
                Assert.IsType<CommandAccepted>(await node.Gateway.Ask(new PlaceOrder(Limit(id))));
            await Eventually.HoldsAsync(async () => (await queries.OrdersAsync(new OrderQuery(Account: Account, Status: OrderStatus.Accepted))).Rows.Count == 3,
                "the three orders are listed accepted", TimeSpan.FromSeconds(30));
            await CaughtUpAsync(node, queries);
        }
        var before = (await queries.OrdersAsync(new OrderQuery(Account: Account))).Rows.ToDictionary(o => o.ClientOrderId);

        await using (var node = await TestNode.StartAsync(settings with { Port = FreePort.Next() }))
        {
            Assert.IsType<CommandAccepted>(await node.Gateway.Ask(new PlaceOrder(Limit("p-4"))));
            await Eventually.HoldsAsync(async () => await queries.OrderAsync(new ClientOrderId("p-4")) is { Status: OrderStatus.Accepted },
                "the order placed after the restart is listed", TimeSpan.FromSeconds(30));
            await CaughtUpAsync(node, queries);
        }

        var after = (await queries.OrdersAsync(new OrderQuery(Account: Account))).Rows;
        Assert.Equal(["p-4", "p-3", "p-2", "p-1"], after.Select(o => o.ClientOrderId.Value));
        foreach (var (id, row) in before)
            Assert.Equal(row with { UpdatedAt = default }, after.Single(o => o.ClientOrderId == id) with { UpdatedAt = default });
        Assert.NotNull(await queries.AccountAsync(Account));
        var listed = Assert.Single(await queries.StrategiesAsync());
        Assert.Equal((strategy, "sma-cross", true), (listed.StrategyId, listed.Kind, listed.Running));
    }

    [Theory]
    [MemberData(nameof(Both))]
    public async Task A_parent_journaled_before_parent_events_were_tagged_is_listed_again_after_a_rebuild(string journal)
    {
        var settings = await Journals.FreshAsync(journal, _dir);
        var dialect = ReadModelDialect.For(settings);
        var queries = new ReadModelQueries(dialect);
        var algo = new AlgoId("untagged-1");
        await using var node = await TestNode.StartAsync(settings);
        Assert.IsType<CommandAccepted>(await node.Gateway.Ask(new OpenAccount(Account, AccountType.Cash), TimeSpan.FromSeconds(30)));
        Assert.IsType<CommandAccepted>(await node.Gateway.Ask(new DepositFunds(Account, "t1", "USD", 10_000m)));
        var now = DateTime.UtcNow;
        var spec = new AlgoSpec("twap", Account, InstrumentId.Parse("SIM:SPX"), OrderSide.Buy, 10m, now, now.AddMinutes(10),
            ImmutableSortedDictionary<string, string>.Empty.Add("slices", "1"));
        Assert.IsType<CommandAccepted>(await node.Gateway.Ask(new SubmitAlgo(algo, spec, 10m)));
        await Eventually.HoldsAsync(async () => (await queries.AlgosAsync(new AlgoQuery(Account: Account))).Rows is [{ SlicesPlaced: 1 }],
            "the parent is listed with its child", TimeSpan.FromSeconds(30));
        await CaughtUpAsync(node, queries);
        var tagged = await TaggedAsync(node, ReadModelTags.Projected);

        // The journal as a release before parent events were tagged wrote it: the parent's rows as an untagged event's (the deposit's).
        await using (var connection = await dialect.OpenAsync())
        await using (var untag = connection.CreateCommand())
        {
            var (events, parent, deposit) = (dialect.JournalTable, ReadModelSql.Parameter(untag, $"algo-{algo}"), ReadModelSql.Parameter(untag, $"account-{Account}"));
            untag.CommandText = (journal == Journals.Sqlite ? $"DELETE FROM event_tags WHERE ordering IN (SELECT ordering FROM events WHERE persistence_id = {parent}); " : "")
                + $"UPDATE {events} SET tags = (SELECT tags FROM {events} WHERE persistence_id = {deposit} ORDER BY ordering DESC LIMIT 1) WHERE persistence_id = {parent}";
            await untag.ExecuteNonQueryAsync();
        }
        Assert.Equal(tagged - 2, await TaggedAsync(node, ReadModelTags.Projected));

        var projector = ActorRegistry.For(node.System).Get<ReadModelProjector>();
        Assert.Null((await projector.Ask<ReadModelRebuilt>(RebuildReadModel.Instance, TimeSpan.FromSeconds(60))).Error);
        await CaughtUpAsync(node, queries);

        // Its submission and its child's issue are tagged again, so the replay folds them: the row is back as it was.
        Assert.Equal(tagged, await TaggedAsync(node, ReadModelTags.Projected));
        var row = Assert.Single((await queries.AlgosAsync(new AlgoQuery(Account: Account))).Rows);
        Assert.Equal((algo, ParentStatus.Working, 1, 1, 10m), (row.AlgoId, row.Status, row.SlicesPlanned, row.SlicesPlaced, row.Quantity));
    }

    public void Dispose()
    {
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }
}
