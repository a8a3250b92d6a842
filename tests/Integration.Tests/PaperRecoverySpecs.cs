using Hive.Actors.Hosting;
using System.Collections.Immutable;
using System.Diagnostics;
using Hive.Actors.Entities;
using Hive.Actors.Protocol;
using Hive.Core.Ids;
using Hive.Core.MarketData;
using Hive.Core.OrderFlow;
using Hive.TestSupport;
using Xunit.Abstractions;
using Hive.Core.Accounts;
using Hive.Core.Orders;
using Hive.Core.Strategies.Instances;

namespace Hive.Integration.Tests;

/// <summary>
/// Kill a one-node SQLite cluster in the middle of a replay (strategies trading, limit orders resting at the
/// venue), start it again on the same journal: balances, positions, open orders and the venue's book are what they
/// were, the strategies run again by themselves, and the replay can go on. Prints how long recovery took.
/// </summary>
public sealed class PaperRecoverySpecs(ITestOutputHelper output) : IDisposable
{
    private static readonly InstrumentId Spx = InstrumentId.Parse("SIM:SPX");
    private static readonly AccountId Account = new("paper");
    private int _day;
    private readonly string _dir = Directory.CreateTempSubdirectory("hive-recovery-").FullName;

    [Fact]
    public async Task After_a_crash_mid_replay_balances_positions_and_open_orders_are_what_they_were()
    {
        var settings = TestNode.SqliteSettings(Path.Combine(_dir, "paper.db")) with { ExtraHocon = TestNode.CrashableHocon };
        var strategies = Enumerable.Range(0, 3).Select(i => new StrategyId($"paper-{i}")).ToList();
        var resting = Enumerable.Range(0, 5).Select(i => new ClientOrderId($"rest-{i}")).ToList();
        AccountState before;
        VenueStatus venueBefore;
        List<OrderFlowState> ordersBefore;
        await using (var node = await TestNode.StartAsync(settings))
        {
            Assert.IsType<CommandAccepted>(await node.Gateway.Ask(new OpenAccount(Account, AccountType.Cash)));
            Assert.IsType<CommandAccepted>(await node.Gateway.Ask(new DepositFunds(Account, "seed", "USD", 1_000_000m)));
            for (var i = 0; i < strategies.Count; i++)
                Assert.IsType<CommandAccepted>(await node.Gateway.Ask(new StartStrategy(strategies[i], "sma-cross", Account,
                    ImmutableSortedDictionary.CreateRange(new Dictionary<string, string>
                        { ["instrument"] = Spx.ToString(), ["fast"] = "2", ["slow"] = (3 + i).ToString(), ["quantity"] = "10" }))));
            foreach (var id in resting)
                Assert.IsType<CommandAccepted>(await node.Gateway.Ask(new PlaceOrder(new OrderRequest(id, Account, Spx, OrderSide.Buy, OrderType.Limit, 1m, 1m))));
            await Task.Delay(500); // the strategies subscribe to the instrument's topic

            // "Replay": the S&P 500's first year of closes, one bar after the other as the venue takes them.
            for (; _day < 120; _day++)
            {
                await node.Gateway.Ask(new ApplyBar(Bar(_day)));
                await Task.Delay(20);
            }
            ordersBefore = await SettledAsync(node, strategies, resting);
            before = (AccountState)await node.Gateway.Ask(new GetAccount(Account));
            venueBefore = (VenueStatus)await node.Gateway.Ask(new GetVenue(Spx));
            // The venue saves its market state at most once a second; a crash sooner would resume the replay a bar earlier.
            await Task.Delay(InstrumentEntity.SnapshotInterval * 2);
            await node.CrashAsync();
        }
        Assert.True(ordersBefore.Count(o => o.Order.Status == OrderStatus.Filled) >= 4, "the strategies should have traded before the crash");

        var clock = Stopwatch.StartNew();
        await using (var node = await TestNode.StartAsync(settings with { Port = FreePort.Next() }))
        {
            var after = (AccountState)await node.Gateway.Ask(new GetAccount(Account), TimeSpan.FromSeconds(30));
            var venueAfter = (VenueStatus)await node.Gateway.Ask(new GetVenue(Spx), TimeSpan.FromSeconds(30));
            var recovered = clock.Elapsed;
            output.WriteLine($"recovery: node up and account + venue recovered {recovered.TotalSeconds:0.00} s after start " +
                             $"({before.Version} account events, {ordersBefore.Count} orders)");

            Assert.Equal(before.Cash, after.Cash);
            Assert.Equal(before.Fees, after.Fees);
            Assert.Equal(before.RealizedPnl, after.RealizedPnl);
            Assert.Equal(before.Positions, after.Positions);
            Assert.Equal(before.Reservations, after.Reservations);
            Assert.Equal(before.FillsBooked, after.FillsBooked);
            Assert.Equal((venueBefore.LastBarTime, venueBefore.LastPrice), (venueAfter.LastBarTime, venueAfter.LastPrice));
            // The venue keeps no book in its journal: its working orders route themselves back when it restarts.
            await Eventually(async () => ((VenueStatus)await node.Gateway.Ask(new GetVenue(Spx))).WorkingOrders == venueBefore.WorkingOrders,
                "the resting orders did not come back to the venue");
            foreach (var order in ordersBefore)
            {
                var again = (OrderFlowState)await node.Gateway.Ask(new GetOrder(order.ClientOrderId));
                Assert.Equal((order.Order.Status, order.Order.FilledQuantity, order.Fills.Count), (again.Order.Status, again.Order.FilledQuantity, again.Fills.Count));
            }
            Assert.Equal(resting.Count, ordersBefore.Count(o => o.Order.IsOpen));
            foreach (var strategy in strategies)
                Assert.True(((StrategyState)await node.Gateway.Ask(new GetStrategy(strategy))).Running);

            // The replay goes on: a resting order still fills when the market comes down to it.
            await node.Gateway.Ask(new ApplyBar(new Bar(Spx, Bar(_day).OpenTime, BarInterval.OneDay, 0.9m, 1.2m, 0.5m, 1m, 1e9m)));
            await Eventually(async () => ((OrderFlowState)await node.Gateway.Ask(new GetOrder(resting[0]))).Order.Status == OrderStatus.Filled,
                "a resting order did not fill after recovery");
        }
    }

    private async Task<List<OrderFlowState>> SettledAsync(TestNode node, IReadOnlyList<StrategyId> strategies, IReadOnlyList<ClientOrderId> resting)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            var ids = new List<ClientOrderId>(resting);
            foreach (var strategy in strategies)
                ids.AddRange(StrategyOrders.Of((StrategyState)await node.Gateway.Ask(new GetStrategy(strategy))));
            var orders = new List<OrderFlowState>();
            var owed = new List<string>();
            foreach (var id in ids)
            {
                orders.Add((OrderFlowState)await node.Gateway.Ask(new GetOrder(id)));
                owed.AddRange(((OrderOwed)await node.Gateway.Ask(new GetOrderOwed(id))).Owed);
            }
            // Strategy market orders fill at the next bar: settled when only the resting limits are open and nothing is owed.
            if (orders.All(o => o.Order.IsTerminal || resting.Contains(o.ClientOrderId)) && owed.All(m => m == nameof(RouteOrder))) return orders;
            Assert.True(DateTime.UtcNow < deadline, "orders did not settle before the crash");
            await node.Gateway.Ask(new ApplyBar(Bar(_day++)));
            await Task.Delay(200);
        }
    }

    private static Bar Bar(int day)
    {
        // A smooth up-and-down market between 1,300 and 1,500 so the averages cross every few weeks.
        var close = 1400m + Math.Round(100m * (decimal)Math.Sin(day / 6.0), 2);
        return new Bar(Spx, new DateTime(2000, 1, 3, 0, 0, 0, DateTimeKind.Utc).AddDays(day), BarInterval.OneDay, close, close + 5m, close - 5m, close, 1e9m);
    }

    private static Task Eventually(Func<Task<bool>> condition, string because) =>
        TestSupport.Eventually.HoldsAsync(condition, because, TimeSpan.FromSeconds(20));

    public void Dispose()
    {
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }
}
