using System.Collections.Immutable;
using Akka.Actor;
using Akka.Persistence.Query;
using Akka.Streams;
using Akka.Streams.Dsl;
using Akka.Cluster.Tools.PublishSubscribe;
using Hive.Actors.Entities;
using Hive.Actors.Hosting;
using Hive.Actors.Protocol;
using Hive.Core.Ids;
using Hive.Core.MarketData;
using Hive.Core.OrderFlow;
using Hive.TestSupport;
using Hive.Core.Accounts;
using Hive.Core.Domain;
using Hive.Core.Orders;
using Hive.Core.Strategies.Instances;

namespace Hive.Actors.Tests;

/// <summary>
/// The order flow of DESIGN.md through real sharded entities on real journals: order → account (hold) →
/// instrument venue (match against bars) → order (fills) → account (booking) → strategy. Expected fills are
/// computed here from the bars pushed and the fee schedule, not read back from the system.
/// </summary>
public sealed class OrderFlowSpecs : IDisposable
{
    private static readonly InstrumentId Spx = InstrumentId.Parse("SIM:SPX");
    private static readonly DateTime Day0 = new(2020, 1, 2, 0, 0, 0, DateTimeKind.Utc);
    private static readonly decimal TakerRate = TradingSettings.Default.FillModel.Fees.TakerRate;
    private readonly string _dir = Directory.CreateTempSubdirectory("hive-flow-").FullName;

    public static Journals.TheoryDataBoth Both => Journals.Both;

    [Theory]
    [MemberData(nameof(Both))]
    public async Task A_market_order_fills_at_the_next_bar_open_and_everything_survives_a_restart(string journal)
    {
        var settings = await Journals.FreshAsync(journal, _dir);
        var account = new AccountId("FLOW-1");
        var id = new ClientOrderId("flow-1");
        OrderFlowState order;
        AccountState booked;
        await using (var node = await TestNode.StartAsync(settings))
        {
            await OpenWithCash(node, account, 100_000m);
            var request = new OrderRequest(id, account, Spx, OrderSide.Buy, OrderType.Market, 10m);
            Assert.IsType<CommandAccepted>(await node.Gateway.Ask(new PlaceOrder(request, 100m)));
            Assert.True(((CommandAccepted)await node.Gateway.Ask(new PlaceOrder(request, 100m))).Duplicate);
            await Eventually(async () => (await Order(node, id)).Order.Status == OrderStatus.Accepted, "the venue did not accept the order");

            await node.Gateway.Ask(new ApplyBar(Bar(0, open: 101m, close: 102m)));
            order = await EventuallySettled(node, id, o => o.Order.IsTerminal);
            booked = (AccountState)await node.Gateway.Ask(new GetAccount(account));
        }

        var fee = 10m * 101m * TakerRate;
        Assert.Equal(OrderStatus.Filled, order.Order.Status);
        Assert.Equal(101m, Assert.Single(order.Fills).Price);
        Assert.Equal(100_000m - 1010m - fee, booked.CashIn("USD"));
        Assert.Equal(10m, booked.PositionIn(Spx));
        Assert.Empty(booked.Reservations);

        await using (var node = await TestNode.StartAsync(settings with { Port = FreePort.Next() }))
        {
            var recovered = (AccountState)await node.Gateway.Ask(new GetAccount(account));
            Assert.Equal(booked.CashIn("USD"), recovered.CashIn("USD"));
            Assert.Equal(booked.Positions, recovered.Positions);
            Assert.Equal(order.Order.FilledQuantity, (await Order(node, id)).Order.FilledQuantity);
            var venue = (VenueStatus)await node.Gateway.Ask(new GetVenue(Spx));
            Assert.Equal(0, venue.WorkingOrders);
            // A replayed fill changes nothing: the account already booked it (the order's hold is closed).
            Assert.IsType<FillBooked>(await node.Gateway.Ask(new BookExecution(order.Fills[0], 1)));
            Assert.Equal(booked.CashIn("USD"), ((AccountState)await node.Gateway.Ask(new GetAccount(account))).CashIn("USD"));
        }
    }

    [Fact]
    public async Task A_filled_market_order_writes_five_journal_rows_three_for_the_order_two_for_the_account_none_for_the_venue()
    {
        var settings = TestNode.SqliteSettings(Path.Combine(_dir, "rows.db"));
        var account = new AccountId("ROWS");
        var id = new ClientOrderId("rows-1");
        await using var node = await TestNode.StartAsync(settings);
        await OpenWithCash(node, account, 100_000m);
        await node.Gateway.Ask(new ApplyBar(Bar(0, open: 100m, close: 100m)));
        var accountRowsBefore = await JournalRows(node, $"account-{account}");

        Assert.IsType<CommandAccepted>(await node.Gateway.Ask(new PlaceOrder(new OrderRequest(id, account, Spx, OrderSide.Buy, OrderType.Market, 10m), 100m)));
        await EventuallyOrder(node, id, o => o.Order.Status == OrderStatus.Accepted);
        await node.Gateway.Ask(new ApplyBar(Bar(1, open: 101m, close: 102m)));
        await EventuallySettled(node, id, o => o.Order.Status == OrderStatus.Filled);

        // The order's group journals nothing else here: the order is the only one placed.
        Assert.Equal(["OrderSubmitted", "OrderAccepted", "OrderFilled"], await JournalEvents(node, GroupOf(settings, id)));
        Assert.Equal(2, await JournalRows(node, $"account-{account}") - accountRowsBefore);
        Assert.Equal(0, await JournalRows(node, $"instrument-{Spx}"));
    }

    [Fact]
    public async Task A_finished_order_beyond_the_kept_ones_is_forgotten_once_the_read_side_has_it_and_its_repeat_is_still_a_duplicate()
    {
        var settings = OneGroup("forget.db", e => e with { FinishedOrdersKept = 1 });
        var account = new AccountId("FORGET");
        var third = new ClientOrderId("forget-3");
        await using var node = await TestNode.StartAsync(settings);
        var firstRequest = await FillTwoAndForgetTheFirstAsync(node, account);
        var first = firstRequest.ClientOrderId;
        var cash = ((AccountState)await node.Gateway.Ask(new GetAccount(account))).CashIn("USD");
        var rows = await JournalRows(node, GroupOf(settings, first));

        // Its repeat is recognised from the read side: a duplicate, nothing journaled, nothing held or bought again.
        Assert.True(((CommandAccepted)await node.Gateway.Ask(new PlaceOrder(firstRequest, 100m))).Duplicate);
        Assert.Equal(rows, await JournalRows(node, GroupOf(settings, first)));
        Assert.False((await Order(node, first)).Exists);
        // A new id, which the group also looks up, is taken as new and fills.
        var placed = (CommandAccepted)await node.Gateway.Ask(new PlaceOrder(new OrderRequest(third, account, Spx, OrderSide.Buy, OrderType.Market, 3m), 100m));
        Assert.False(placed.Duplicate);
        await EventuallyOrder(node, third, o => o.Order.Status == OrderStatus.Accepted);
        await node.Gateway.Ask(new ApplyBar(Bar(2, open: 103m, close: 103m)));
        await EventuallySettled(node, third, o => o.Order.Status == OrderStatus.Filled);
        var after = (AccountState)await node.Gateway.Ask(new GetAccount(account));
        Assert.Equal(cash - 3m * 103m * (1m + TakerRate), after.CashIn("USD"));
        Assert.Equal(6m, after.PositionIn(Spx));
    }

    [Fact]
    public async Task A_group_that_cannot_ask_the_read_side_refuses_placements_it_cannot_tell_from_repeats_and_keeps_its_orders()
    {
        var settings = OneGroup("no-read-side.db", e => e with { FinishedOrdersKept = 1 });
        var db = Path.Combine(_dir, "no-read-side.db");
        var account = new AccountId("NOREAD");
        await using var node = await TestNode.StartAsync(settings);
        var forgotten = await FillTwoAndForgetTheFirstAsync(node, account);
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db}"))
        {
            connection.Open();
            using var drop = connection.CreateCommand();
            drop.CommandText = "DROP TABLE orders";
            drop.ExecuteNonQuery();
        }

        // Fail closed: neither a repeat of the forgotten order nor a new id is taken while nobody can tell them apart.
        foreach (var request in new[] { forgotten, forgotten with { ClientOrderId = new ClientOrderId("noread-new") } })
        {
            var refused = Assert.IsType<CommandRejected>(await node.Gateway.Ask(new PlaceOrder(request, 100m)));
            Assert.Equal(("read-side-unavailable", request.ClientOrderId.Value), (refused.Code, refused.EntityId));
            Assert.Contains("read side did not answer", refused.Message);
        }
        Assert.False((await Order(node, new ClientOrderId("noread-new"))).Exists);
        Assert.Equal(OrderStatus.Filled, (await Order(node, new ClientOrderId("forget-2"))).Order.Status);
    }

    /// <summary>Two market orders filled and settled in a group that keeps one finished order: returns the first's request
    /// once the group has forgotten it (the read side holds it finished).</summary>
    private static async Task<OrderRequest> FillTwoAndForgetTheFirstAsync(TestNode node, AccountId account)
    {
        var (first, second) = (new ClientOrderId("forget-1"), new ClientOrderId("forget-2"));
        await OpenWithCash(node, account, 100_000m);
        await node.Gateway.Ask(new ApplyBar(Bar(0, open: 100m, close: 100m)));
        var firstRequest = new OrderRequest(first, account, Spx, OrderSide.Buy, OrderType.Market, 1m);
        await node.Gateway.Ask(new PlaceOrder(firstRequest, 100m));
        await node.Gateway.Ask(new PlaceOrder(new OrderRequest(second, account, Spx, OrderSide.Buy, OrderType.Market, 2m), 100m));
        await EventuallyOrder(node, second, o => o.Order.Status == OrderStatus.Accepted);
        await node.Gateway.Ask(new ApplyBar(Bar(1, open: 101m, close: 102m)));
        await EventuallySettled(node, first, o => o.Order.Status == OrderStatus.Filled);
        await EventuallySettled(node, second, o => o.Order.Status == OrderStatus.Filled);

        // Only one finished order is kept: the older one leaves the group's memory once the read side holds it finished.
        await Eventually(async () => !(await Order(node, first)).Exists, "the older finished order was never forgotten");
        Assert.Equal(OrderStatus.Filled, (await Order(node, second)).Order.Status);
        return firstRequest;
    }

    [Fact]
    public async Task An_order_group_snapshots_its_orders_and_recovers_from_the_snapshot_and_the_events_after_it()
    {
        var settings = OneGroup("group-snapshots.db", e => e with { GroupSnapshotEvery = 2 });
        var db = Path.Combine(_dir, "group-snapshots.db");
        var account = new AccountId("GSNAP");
        var (filled, resting) = (new ClientOrderId("gsnap-1"), new ClientOrderId("gsnap-2"));
        await using (var node = await TestNode.StartAsync(settings))
        {
            await OpenWithCash(node, account, 100_000m);
            await node.Gateway.Ask(new ApplyBar(Bar(0, open: 100m, close: 100m)));
            await node.Gateway.Ask(new PlaceOrder(new OrderRequest(filled, account, Spx, OrderSide.Buy, OrderType.Market, 2m), 100m));
            await EventuallyOrder(node, filled, o => o.Order.Status == OrderStatus.Accepted);
            await node.Gateway.Ask(new ApplyBar(Bar(1, open: 101m, close: 102m)));
            await EventuallySettled(node, filled, o => o.Order.Status == OrderStatus.Filled);
            // Four events in the group so far: a snapshot at two or at four; the resting order's acceptance comes after it.
            await node.Gateway.Ask(new PlaceOrder(new OrderRequest(resting, account, Spx, OrderSide.Buy, OrderType.Limit, 1m, 50m)));
            await EventuallyOrder(node, resting, o => o.Order.Status == OrderStatus.Accepted);
        }

        Assert.True(SnapshotRows(db, GroupOf(settings, filled)) > 0, "the group should have snapshotted");
        await using (var node = await TestNode.StartAsync(settings with { Port = FreePort.Next() }))
        {
            var recovered = await Order(node, filled);
            Assert.Equal((OrderStatus.Filled, 2m, 101m), (recovered.Order.Status, recovered.Order.FilledQuantity, Assert.Single(recovered.Fills).Price));
            Assert.Equal(OrderStatus.Accepted, (await Order(node, resting)).Order.Status);
        }
    }

    /// <summary>A SQLite node in this test's folder whose order region has one group, so every order of a test shares it.</summary>
    private HiveNodeSettings OneGroup(string file, Func<EntitySettings, EntitySettings> entities)
    {
        var settings = TestNode.SqliteSettings(Path.Combine(_dir, file));
        return settings with { Entities = entities(settings.Entities with { OrderGroups = 1 }) };
    }

    internal static string GroupOf(HiveNodeSettings settings, ClientOrderId id) =>
        $"{RegionNames.Order}-{OrderGroupState.GroupOf(id, settings.Entities.OrderGroups)}";

    private static long SnapshotRows(string db, string persistenceId)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "select count(*) from snapshots where persistence_id = $id";
        command.Parameters.AddWithValue("$id", persistenceId);
        return (long)command.ExecuteScalar()!;
    }

    internal static async Task<List<string>> JournalEvents(TestNode node, string persistenceId)
    {
        var journal = PersistenceQuery.Get(node.System).ReadJournalFor<ICurrentEventsByPersistenceIdQuery>(node.Settings.ReadJournalPluginId);
        var events = await journal.CurrentEventsByPersistenceId(persistenceId, 0, long.MaxValue)
            .RunWith(Sink.Seq<EventEnvelope>(), node.System.Materializer());
        return events.Select(e => e.Event.GetType().Name).ToList();
    }

    private static async Task<int> JournalRows(TestNode node, string persistenceId) => (await JournalEvents(node, persistenceId)).Count;

    [Fact]
    public async Task Orders_the_account_cannot_pay_for_or_the_venue_refuses_end_rejected_and_hold_nothing()
    {
        await using var node = await TestNode.StartAsync(TestNode.SqliteSettings(Path.Combine(_dir, "r.db")));
        var account = new AccountId("POOR");
        await OpenWithCash(node, account, 1_000m);

        var tooBig = new OrderRequest(new ClientOrderId("big-1"), account, Spx, OrderSide.Buy, OrderType.Limit, 100m, 50m);
        Assert.IsType<CommandAccepted>(await node.Gateway.Ask(new PlaceOrder(tooBig)));
        var refused = await EventuallyOrder(node, tooBig.ClientOrderId, o => o.Order.IsTerminal);
        Assert.Equal((OrderStatus.Rejected, TradingRejections.InsufficientBuyingPower), (refused.Order.Status, refused.Order.RejectionCode));

        var offTick = new OrderRequest(new ClientOrderId("tick-1"), account, Spx, OrderSide.Buy, OrderType.Limit, 1m, 50.005m);
        Assert.Equal(Hive.Core.Instruments.InstrumentRules.OffTick, Assert.IsType<CommandRejected>(await node.Gateway.Ask(new PlaceOrder(offTick))).Code);
        var unknown = new OrderRequest(new ClientOrderId("nope-1"), account, InstrumentId.Parse("SIM:NOPE"), OrderSide.Buy, OrderType.Limit, 1m, 5m);
        Assert.Equal(TradingRejections.UnknownInstrument, Assert.IsType<CommandRejected>(await node.Gateway.Ask(new PlaceOrder(unknown))).Code);
        var noAccount = new OrderRequest(new ClientOrderId("ghost-1"), new AccountId("GHOST"), Spx, OrderSide.Buy, OrderType.Limit, 1m, 5m);
        Assert.IsType<CommandAccepted>(await node.Gateway.Ask(new PlaceOrder(noAccount)));
        Assert.Equal(TradingRejections.AccountNotOpen, (await EventuallyOrder(node, noAccount.ClientOrderId, o => o.Order.IsTerminal)).Order.RejectionCode);

        var state = (AccountState)await node.Gateway.Ask(new GetAccount(account));
        Assert.Empty(state.Reservations);
        Assert.Equal(1_000m, state.BuyingPower("USD"));
    }

    [Fact]
    public async Task A_resting_limit_order_can_be_cancelled_and_its_hold_is_released()
    {
        await using var node = await TestNode.StartAsync(TestNode.SqliteSettings(Path.Combine(_dir, "c.db")));
        var account = new AccountId("RESTING");
        await OpenWithCash(node, account, 10_000m);
        var id = new ClientOrderId("rest-1");
        Assert.IsType<CommandAccepted>(await node.Gateway.Ask(new PlaceOrder(new OrderRequest(id, account, Spx, OrderSide.Buy, OrderType.Limit, 10m, 90m))));
        await EventuallyOrder(node, id, o => o.Order.Status == OrderStatus.Accepted);
        await node.Gateway.Ask(new ApplyBar(Bar(0, open: 100m, close: 100m)));
        Assert.Equal(90m * 10m * (1m + TradingSettings.Default.ReserveFeeRate), ((AccountState)await node.Gateway.Ask(new GetAccount(account))).Reservations[id].Amount);

        Assert.IsType<CommandAccepted>(await node.Gateway.Ask(new RequestCancel(id, "changed my mind")));
        var cancelled = await EventuallySettled(node, id, o => o.Order.Status == OrderStatus.Cancelled);
        Assert.Empty(cancelled.Fills);
        Assert.Empty(((AccountState)await node.Gateway.Ask(new GetAccount(account))).Reservations);
        Assert.Equal(TradingRejections.InvalidTransition, Assert.IsType<CommandRejected>(await node.Gateway.Ask(new RequestCancel(id, "again"))).Code);
    }

    [Fact]
    public async Task A_running_strategy_trades_the_bars_published_by_its_instrument()
    {
        await using var node = await TestNode.StartAsync(TestNode.SqliteSettings(Path.Combine(_dir, "s.db")));
        var account = new AccountId("STRAT");
        await OpenWithCash(node, account, 100_000m);
        var strategy = new StrategyId("sma-test");
        var parameters = ImmutableSortedDictionary.CreateRange(new Dictionary<string, string>
        {
            ["instrument"] = Spx.ToString(), ["fast"] = "2", ["slow"] = "3", ["quantity"] = "5",
        });
        Assert.IsType<CommandAccepted>(await node.Gateway.Ask(new StartStrategy(strategy, "sma-cross", account, parameters)));
        var mediator = DistributedPubSub.Get(node.System).Mediator;
        await Eventually(async () => (await mediator.Ask<CurrentTopics>(GetTopics.Instance, TimeSpan.FromSeconds(3))).Topics
            .Any(t => Uri.UnescapeDataString(t) == BarPublished.Topic(Spx)),
            "the strategy did not subscribe to its instrument's bars");

        // Closes 10, 10, 10, 9 then 12: fast SMA(2) crosses above slow SMA(3) on the fifth bar; the buy fills at the sixth bar's open.
        decimal[] closes = [10m, 10m, 10m, 9m, 12m];
        for (var i = 0; i < closes.Length; i++) await node.Gateway.Ask(new ApplyBar(Bar(i, closes[i], closes[i])));
        await Eventually(async () => ((StrategyState)await node.Gateway.Ask(new GetStrategy(strategy))).OrdersIssued == 1,
            "the strategy did not issue its buy on the cross");
        await EventuallyOrder(node, new ClientOrderId("sma-test-1"), o => o.Order.Status == OrderStatus.Accepted);
        await node.Gateway.Ask(new ApplyBar(Bar(5, open: 12.5m, close: 13m)));

        var buy = await EventuallySettled(node, new ClientOrderId("sma-test-1"), o => o.Order.Status == OrderStatus.Filled);
        Assert.Equal((OrderSide.Buy, 5m, 12.5m), (buy.Order.Request!.Side, buy.Fills[0].Quantity, buy.Fills[0].Price));
        Assert.Equal(strategy, buy.Order.Request.StrategyId);
        var state = (AccountState)await node.Gateway.Ask(new GetAccount(account));
        Assert.Equal(5m, state.PositionIn(Spx));
        Assert.Equal(100_000m - 5m * 12.5m * (1m + TakerRate), state.CashIn("USD"));
    }

    [Fact]
    public async Task A_strategy_stopped_before_its_order_reached_the_order_group_still_places_and_cancels_it_and_then_closes_it()
    {
        // The journal a node leaves when it dies after recording an order and the stop but before the placement left it.
        var settings = TestNode.SqliteSettings(Path.Combine(_dir, "w.db"));
        var account = new AccountId("WITHDRAW");
        var strategy = new StrategyId("stopped-early");
        var id = new ClientOrderId("stopped-early-1");
        var now = DateTime.UtcNow;
        var parameters = ImmutableSortedDictionary.CreateRange(new Dictionary<string, string> { ["instrument"] = Spx.ToString() });
        StrategyEvent[] journal =
        [
            new StrategyStarted("e1", now, now, strategy, "sma-cross", account, parameters),
            new StrategyOrderIssued("e2", now, now, strategy, new OrderRequest(id, account, Spx, OrderSide.Buy, OrderType.Limit, 10m, 90m, StrategyId: strategy), 100m),
            new StrategyStopped("e3", now, now, strategy, "node going down"),
        ];
        await using (var node = await TestNode.StartAsync(settings))
        {
            await OpenWithCash(node, account, 10_000m);
            var writer = node.System.ActorOf(Props.Create(() => new JournalWriter($"{RegionNames.Strategy}-{strategy}", journal)));
            Assert.Equal("written", await writer.Ask<string>("write", TimeSpan.FromSeconds(10)));
        }

        await using (var node = await TestNode.StartAsync(settings with { Port = FreePort.Next() }))
        {
            Assert.False(((StrategyState)await node.Gateway.Ask(new GetStrategy(strategy), TimeSpan.FromSeconds(30))).Running);
            var order = await EventuallySettled(node, id, o => o.Order.Status == OrderStatus.Cancelled);
            Assert.Empty(order.Fills);
            Assert.Empty(((AccountState)await node.Gateway.Ask(new GetAccount(account))).Reservations);
            await Eventually(async () => ((StrategyState)await node.Gateway.Ask(new GetStrategy(strategy))).OpenOrders.IsEmpty,
                "the stopped strategy did not record its withdrawn order closed");
        }
    }

    /// <summary>Persists the given events under a persistence id, as the entity would have, and answers "written".</summary>
    private sealed class JournalWriter : Akka.Persistence.ReceivePersistentActor
    {
        public JournalWriter(string persistenceId, IReadOnlyList<object> events)
        {
            PersistenceId = persistenceId;
            Command<string>(_ =>
            {
                var asker = Sender;
                PersistAll(events, _ => { });
                DeferAsync("written", w => asker.Tell(w));
            });
        }

        public override string PersistenceId { get; }
    }

    internal static Bar Bar(int day, decimal open, decimal close) =>
        new(Spx, Day0.AddDays(day), BarInterval.OneDay, open, Math.Max(open, close) + 1m, Math.Min(open, close) - 1m, close, 1_000_000m);

    internal static async Task OpenWithCash(TestNode node, AccountId account, decimal cash)
    {
        // The first command of a test starts the node's shard coordinators; on a loaded machine that can take seconds.
        Assert.IsType<CommandAccepted>(await node.Gateway.Ask(new OpenAccount(account, AccountType.Cash), TimeSpan.FromSeconds(30)));
        Assert.IsType<CommandAccepted>(await node.Gateway.Ask(new DepositFunds(account, "seed", "USD", cash)));
    }

    internal static async Task<OrderFlowState> Order(TestNode node, ClientOrderId id) => (OrderFlowState)await node.Gateway.Ask(new GetOrder(id));

    internal static async Task<OrderFlowState> EventuallyOrder(TestNode node, ClientOrderId id, Func<OrderFlowState, bool> condition)
    {
        OrderFlowState? last = null;
        await Eventually(async () => condition(last = await Order(node, id)), $"order {id} did not get there; last state {last?.Order.Status}");
        return last!;
    }

    /// <summary>The order meets the condition and owes its counterparts nothing more (fills booked, hold released).</summary>
    internal static async Task<OrderFlowState> EventuallySettled(TestNode node, ClientOrderId id, Func<OrderFlowState, bool> condition)
    {
        OrderFlowState? last = null;
        await Eventually(async () => condition(last = await Order(node, id))
                                     && ((OrderOwed)await node.Gateway.Ask(new GetOrderOwed(id))).Owed.Count == 0,
            $"order {id} did not settle; last state {last?.Order.Status}");
        return last!;
    }

    private static Task Eventually(Func<Task<bool>> condition, string because) => TestSupport.Eventually.HoldsAsync(condition, because);

    public void Dispose()
    {
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }
}
