using System.Collections.Immutable;
using Hive.Actors.Diagnostics;
using Hive.Actors.Entities;
using Hive.Actors.Protocol;
using Hive.Core.Accounts;
using Hive.Core.Algos;
using Hive.Core.Algos.Instances;
using Hive.Core.Ids;
using Hive.Core.OrderFlow;
using Hive.Core.Orders;
using Hive.TestSupport;
using static Hive.Actors.Tests.OrderFlowSpecs;

namespace Hive.Actors.Tests;

/// <summary>The <c>algo</c> entity on a real node and journal: a parent places its children through the order path, and what it
/// does not hear back about it places again, as the same order.</summary>
public sealed class AlgoEntitySpecs : IDisposable
{
    private static readonly InstrumentId Spx = InstrumentId.Parse("SIM:SPX");
    private readonly string _dir = Directory.CreateTempSubdirectory("hive-algo-").FullName;

    [Fact]
    public async Task A_child_whose_placement_goes_unanswered_is_placed_again_on_the_parents_retry_as_the_same_order_never_a_second()
    {
        var settings = TestNode.SqliteSettings(Path.Combine(_dir, "resend.db"));
        settings = settings with { Trading = settings.Trading with { RetryInterval = TimeSpan.FromMilliseconds(200) } };
        var account = new AccountId("RESEND");
        var algo = new AlgoId("resend-1");
        var child = new ClientOrderId("resend-1-1");
        await using var node = await TestNode.StartAsync(settings);
        await OpenWithCash(node, account, 100_000m);
        var resent = HiveCounters.Get(AlgoEntity.ChildrenResent);
        var now = DateTime.UtcNow;
        var spec = new AlgoSpec("twap", account, Spx, OrderSide.Buy, 10m, now, now.AddMinutes(10),
            ImmutableSortedDictionary.CreateRange(new Dictionary<string, string> { ["slices"] = "1" }));

        Assert.IsType<CommandAccepted>(await node.Gateway.Ask(new SubmitAlgo(algo, spec, 100m)));
        // The child rests until the venue's next bar, and its order tells its parent nothing before a fill: the placement goes
        // unanswered, so the parent places it again on its backing-off retry, and the order group takes each as a repeat.
        await EventuallyOrder(node, child, o => o.Order.Status == OrderStatus.Accepted);
        await TestSupport.Eventually.HoldsAsync(() => Task.FromResult(HiveCounters.Get(AlgoEntity.ChildrenResent) >= resent + 2),
            "the parent did not place its unanswered child again");

        Assert.Equal(["OrderSubmitted", "OrderAccepted"], await JournalEvents(node, GroupOf(settings, child)));
        Assert.Equal(1, ((VenueStatus)await node.Gateway.Ask(new GetVenue(Spx))).WorkingOrders);
        Assert.Equal([child], ((AccountState)await node.Gateway.Ask(new GetAccount(account))).Reservations.Keys);

        await node.Gateway.Ask(new ApplyBar(Bar(0, open: 101m, close: 102m)));
        var filled = await EventuallySettled(node, child, o => o.Order.Status == OrderStatus.Filled);
        await TestSupport.Eventually.HoldsAsync(async () => ((AlgoState)await node.Gateway.Ask(new GetAlgo(algo))).Parent!.Status == ParentStatus.Completed,
            "the parent did not complete");

        var parent = ((AlgoState)await node.Gateway.Ask(new GetAlgo(algo))).Parent!;
        Assert.Equal((10m, 101m), (parent.Filled, parent.AveragePrice));
        Assert.Equal(101m, Assert.Single(filled.Fills).Price);
        Assert.Equal(["OrderSubmitted", "OrderAccepted", "OrderFilled"], await JournalEvents(node, GroupOf(settings, child)));
        Assert.Single(await JournalEvents(node, $"{RegionNames.Algo}-{algo}"), e => e == nameof(ChildIssued));
        var booked = (AccountState)await node.Gateway.Ask(new GetAccount(account));
        Assert.Equal(10m, booked.PositionIn(Spx));
        Assert.Empty(booked.Reservations);
    }

    [Fact]
    public async Task A_vwap_on_a_node_whose_lake_has_no_history_is_refused_naming_what_is_missing_a_repeat_too_and_nothing_is_journaled()
    {
        var settings = TestNode.SqliteSettings(Path.Combine(_dir, "no-lake.db")) with { LakePath = Path.Combine(_dir, "no-lake") };
        var algo = new AlgoId("vwap-blind");
        await using var node = await TestNode.StartAsync(settings);
        await OpenWithCash(node, new AccountId("BLIND"), 100_000m);
        var now = DateTime.UtcNow;
        var submit = new SubmitAlgo(algo, new AlgoSpec("vwap", new AccountId("BLIND"), Spx, OrderSide.Buy, 10m, now, now.AddMinutes(10),
            ImmutableSortedDictionary<string, string>.Empty), 100m);

        var answers = await Task.WhenAll(node.Gateway.Ask(submit), node.Gateway.Ask(submit));

        Assert.All(answers, a =>
        {
            var refused = Assert.IsType<CommandRejected>(a);
            Assert.Equal("invalid-parameter", refused.Code);
            Assert.Equal($"vwap learns from the market history before start, and the node's lake has no bars of SIM:SPX before {now:O} (import them with `hive data import`)",
                refused.Message);
        });
        Assert.Null(((AlgoState)await node.Gateway.Ask(new GetAlgo(algo))).Spec);
        Assert.Empty(await JournalEvents(node, $"{RegionNames.Algo}-{algo}"));
    }

    public void Dispose()
    {
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }
}
