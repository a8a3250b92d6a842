using System.Collections.Immutable;
using Akka.Actor;
using Akka.Cluster.Tools.PublishSubscribe;
using Hive.Actors.Entities;
using Hive.Actors.Protocol;
using Hive.Core.Backtesting;
using Hive.Core.Ids;
using Hive.Core.Instruments;
using Hive.Core.MarketData;
using Hive.Core.OrderFlow;
using Hive.Core.Strategies;
using Hive.Data.Lake;
using Hive.Data.Samples;
using Hive.Data.Storage;
using Hive.TestSupport;
using Xunit.Abstractions;
using Hive.Core.Accounts;
using Hive.Core.Orders;
using Hive.Core.Strategies.Instances;

namespace Hive.Integration.Tests;

/// <summary>
/// Parity: the same strategy on the same data gets the same fills in the backtester (BacktestEngine, no actors) and through a
/// one-node cluster (strategy entity → order groups → account → instrument venue), because both run the very same
/// strategy, order, venue and account classes. The cluster is driven in lockstep: a bar goes in once the strategy has
/// seen the previous one and the venue has every order it issued, as the backtester's loop guarantees by construction.
/// </summary>
public sealed class ParitySpecs(ITestOutputHelper output) : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("hive-parity-").FullName;

    [Fact]
    public async Task Sma_cross_gets_the_same_fills_in_the_backtester_and_through_a_one_node_cluster()
    {
        await SampleData.EnsureImportedAsync(Path.Combine(_dir, "lake"));
        var lake = new MarketDataLake(LakeLocation.Open(Path.Combine(_dir, "lake")));
        var series = await lake.ReadBarsAsync(SampleData.Spx, BarInterval.OneDay, new DateTime(2003, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            new DateTime(2004, 7, 1, 0, 0, 0, DateTimeKind.Utc));
        var bars = series.ToBars().ToList();
        var parameters = ImmutableSortedDictionary.CreateRange(new Dictionary<string, string>
            { ["instrument"] = SampleData.Spx.ToString(), ["fast"] = "5", ["slow"] = "20" });
        var account = new AccountId("parity");
        var strategyId = new StrategyId("parity");
        var trading = TradingSettings.Default;

        // The backtester's path: the engine (one PaperTradingHost, one paper venue, the account as an aggregate).
        trading.Catalog.TryGet(SampleData.Spx, out var spx);
        var backtest = new BacktestEngine(new BacktestSettings { InitialCash = 100_000m, Fees = trading.FillModel.Fees })
            .Run("sma-cross", parameters, [new BacktestFeed(spx, series)]);
        Assert.True(backtest.Fills.Count >= 6, $"the period should trade a few times, got {backtest.Fills.Count} fills");
        Assert.Equal(trading.ReserveFeeRate, new BacktestSettings { Fees = trading.FillModel.Fees }.ReserveFeeRate);

        // The cluster's path, in lockstep.
        await using var node = await TestNode.StartAsync(TestNode.SqliteSettings(Path.Combine(_dir, "parity.db")));
        Assert.IsType<CommandAccepted>(await node.Gateway.Ask(new OpenAccount(account, AccountType.Cash)));
        Assert.IsType<CommandAccepted>(await node.Gateway.Ask(new DepositFunds(account, "seed", "USD", 100_000m)));
        Assert.IsType<CommandAccepted>(await node.Gateway.Ask(new StartStrategy(strategyId, "sma-cross", account, parameters)));
        var mediator = DistributedPubSub.Get(node.System).Mediator;
        await Eventually(async () => (await mediator.Ask<CurrentTopics>(GetTopics.Instance, TimeSpan.FromSeconds(3))).Topics
            .Any(t => Uri.UnescapeDataString(t) == BarPublished.Topic(SampleData.Spx)), "the strategy did not subscribe");
        for (var k = 0; k < bars.Count; k++)
        {
            await node.Gateway.Ask(new ApplyBar(bars[k]));
            var seen = k + 1;
            await Eventually(async () => await SettledAsync(node, strategyId, seen), $"bar {k} did not settle");
        }

        var state = (StrategyState)await node.Gateway.Ask(new GetStrategy(strategyId));
        var final = (StrategyProgress)await node.Gateway.Ask(new GetStrategyProgress(strategyId));
        output.WriteLine($"strategy saw {final.BarsSeen} bars, last close {final.LastBarClose:O}");
        var clusterFills = new List<Execution>();
        foreach (var id in StrategyOrders.Of(state))
            clusterFills.AddRange(((OrderFlowState)await node.Gateway.Ask(new GetOrder(id))).Fills);
        output.WriteLine($"{bars.Count} bars, {backtest.Fills.Count} fills in the backtester, {clusterFills.Count} through the cluster");
        // Order and trade ids differ only in the strategy id the two runs use; everything else about each fill is the same.
        Assert.Equal(
            backtest.Fills.Select(f => (f.Time, f.Instrument, f.Side, f.Quantity, f.Price, f.Fee, f.Liquidity, f.TradeId)),
            clusterFills.OrderBy(f => f.ExecutedAt).Select(f => (f.ExecutedAt, f.InstrumentId.ToString(), f.Side.ToString().ToLowerInvariant(), f.Quantity,
                f.Price, f.Fee, f.Liquidity.ToString().ToLowerInvariant(), f.TradeId.Value.Replace(strategyId.Value, "bt"))));

        // The account the cluster booked is worth what the backtester's equity curve ends at (positions marked at the last close).
        var booked = (AccountState)await node.Gateway.Ask(new GetAccount(account));
        var lastClose = new Dictionary<InstrumentId, decimal> { [SampleData.Spx] = bars[^1].Close };
        Assert.Equal(backtest.Metrics.FinalEquity, booked.Equity("USD", lastClose));
    }

    /// <summary>The strategy has seen <paramref name="bars"/> bars, every order it issued has reached the venue (or finished), and
    /// it knows where each stands.</summary>
    private static async Task<bool> SettledAsync(TestNode node, StrategyId strategy, int bars)
    {
        var progress = (StrategyProgress)await node.Gateway.Ask(new GetStrategyProgress(strategy));
        if (progress.BarsSeen < bars) return false;
        var state = (StrategyState)await node.Gateway.Ask(new GetStrategy(strategy));
        if (state.OrdersIssued < progress.OrdersIssued) return false;
        var open = 0;
        foreach (var id in StrategyOrders.Of(state).TakeLast(2))
        {
            var order = (OrderFlowState)await node.Gateway.Ask(new GetOrder(id));
            if (order.Order.Status is OrderStatus.None or OrderStatus.New) return false;
            if (order.Order.IsTerminal && ((OrderOwed)await node.Gateway.Ask(new GetOrderOwed(id))).Owed.Count > 0) return false;
            if (order.Order.IsOpen) open++;
        }
        // The strategy has been told of every fill (its view has exactly the open orders), as the backtester's loop guarantees.
        var told = (StrategyProgress)await node.Gateway.Ask(new GetStrategyProgress(strategy));
        return told.OpenOrders == open;
    }

    private static Task Eventually(Func<Task<bool>> condition, string because) =>
        TestSupport.Eventually.HoldsAsync(condition, because, TimeSpan.FromSeconds(20), TimeSpan.FromMilliseconds(10));

    public void Dispose()
    {
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }
}
