using System.Collections.Immutable;
using Hive.Core.Ids;
using Hive.Core.ReadModel;
using Hive.Core.Tests.Support;
using Hive.Core.Accounts;
using Hive.Core.Orders;
using Hive.Core.Strategies.Instances;

namespace Hive.Core.Tests.ReadModel;

public class ReadModelFoldTests
{
    private static readonly ClientOrderId Id = new("o-1");
    private static readonly DateTime T0 = TestData.Now;

    private sealed record Unrecognised(string EventId, ClientOrderId ClientOrderId, DateTime OccurredAt, DateTime RecordedAt) : IOrderEvent;

    /// <summary>Events as the journal numbers them: the order's sequence numbers from 1, journal offsets from <paramref name="firstOffset"/>.</summary>
    private static List<ProjectedEvent> Journal(string tag, string persistenceId, IEnumerable<object> events, long firstOffset = 1, long firstSequenceNr = 1) =>
        events.Select((e, i) => new ProjectedEvent(tag, firstOffset + i, persistenceId, firstSequenceNr + i, e, T0.AddSeconds(i))).ToList();

    private static IReadOnlyList<IOrderEvent> Lifecycle()
    {
        var request = TestData.Limit("o-1", OrderSide.Buy, 10, 100m);
        return
        [
            new OrderSubmitted("o-1#1", Id, T0, T0, request),
            new OrderAccepted("o-1#2", Id, T0, T0, new VenueOrderId("SIM-1")),
            new OrderFilled("o-1#3", Id, T0, T0.AddSeconds(1), new TradeId("t1"), 4m, 100m, 0.4m, "USD", LiquiditySide.Maker),
            new OrderReplacePending("o-1#4", Id, T0, T0, 8m, 101m, null),
            new OrderFilled("o-1#5", Id, T0, T0.AddSeconds(2), new TradeId("t2"), 1m, 99m, 0.1m, "USD", LiquiditySide.Taker),
            new OrderReplaced("o-1#6", Id, T0, T0.AddSeconds(3), 8m, 101m, null),
            new OrderCancelPending("o-1#7", Id, T0, T0),
            new OrderCancelRejected("o-1#8", Id, T0, T0, "too late"),
            new OrderFilled("o-1#9", Id, T0, T0.AddSeconds(4), new TradeId("t3"), 3m, 101m, 0.3m, "USD", LiquiditySide.Maker),
        ];
    }

    [Fact]
    public void An_order_row_stands_where_the_order_state_machine_stands_after_every_event()
    {
        var state = OrderState.Empty(Id);
        var rows = ReadModelRows.None;
        foreach (var (e, i) in Lifecycle().Select((e, i) => (e, i)))
        {
            state = state.Apply(e);
            var changes = ReadModelFold.Apply(rows, Journal(ReadModelTags.Projected, "order-o-1", [e], firstOffset: 10 + i, firstSequenceNr: i + 1));
            var row = Assert.Single(changes.Orders);
            rows = rows with { Orders = new Dictionary<ClientOrderId, OrderRow> { [Id] = row } };

            Assert.Equal((state.Status, state.Quantity, state.LimitPrice, state.FilledQuantity, state.AverageFillPrice, state.Fees),
                (row.Status, row.Quantity, row.LimitPrice, row.FilledQuantity, row.AverageFillPrice, row.Fees));
        }
        var final = rows.Orders[Id];
        Assert.Equal(OrderStatus.Filled, final.Status);
        Assert.Equal(10L, final.SortKey);
        Assert.Equal(9L, final.Version);
    }

    [Fact]
    public void Each_fill_is_recorded_with_its_orders_account_instrument_and_side()
    {
        var changes = ReadModelFold.Apply(ReadModelRows.None, Journal(ReadModelTags.Projected, "order-o-1", Lifecycle()));

        Assert.Equal(["t1", "t2", "t3"], changes.Fills.Select(f => f.TradeId.Value));
        Assert.All(changes.Fills, f => Assert.Equal((TestData.Account, TestData.Spx.Id, OrderSide.Buy, Id), (f.AccountId, f.InstrumentId, f.Side, f.ClientOrderId)));
        Assert.Equal([3L, 5L, 9L], changes.Fills.Select(f => f.SortKey));
        Assert.Equal(0.3m, changes.Fills[2].Fee);
    }

    [Fact]
    public void Events_delivered_a_second_time_change_nothing_and_are_counted_as_skipped()
    {
        var events = Journal(ReadModelTags.Projected, "order-o-1", Lifecycle());
        var first = ReadModelFold.Apply(ReadModelRows.None, events);
        var stored = ReadModelRows.None with { Orders = first.Orders.ToDictionary(o => o.ClientOrderId) };

        var again = ReadModelFold.Apply(stored, events);

        Assert.Empty(again.Orders);
        Assert.Empty(again.Fills);
        Assert.Equal((0, events.Count), (again.Applied, again.Skipped));
        Assert.Equal(events.Count, (int)again.Offsets[ReadModelTags.Projected]);
    }

    [Fact]
    public void An_event_type_the_read_side_does_not_know_is_counted_by_name_and_the_offset_still_moves_past_it()
    {
        var events = Journal(ReadModelTags.Projected, "order-o-1", [Lifecycle()[0], new Unrecognised("o-1#2", Id, T0, T0), Lifecycle()[1]]);

        var changes = ReadModelFold.Apply(ReadModelRows.None, events);

        Assert.Equal(1, changes.UnknownEvents[nameof(Unrecognised)]);
        Assert.Equal(OrderStatus.Accepted, Assert.Single(changes.Orders).Status);
        Assert.Equal(3L, changes.Offsets[ReadModelTags.Projected]);
        Assert.Equal(2, changes.Applied);
    }

    [Fact]
    public void Events_of_an_order_whose_submission_the_read_side_never_saw_are_skipped()
    {
        var changes = ReadModelFold.Apply(ReadModelRows.None, Journal(ReadModelTags.Projected, "order-o-1", Lifecycle().Skip(1), firstSequenceNr: 2));

        Assert.Empty(changes.Orders);
        Assert.Empty(changes.Fills);
        Assert.Equal(Lifecycle().Count - 1, changes.Skipped);
    }

    [Fact]
    public void A_rejected_order_keeps_the_code_and_the_reason()
    {
        var changes = ReadModelFold.Apply(ReadModelRows.None, Journal(ReadModelTags.Projected, "order-o-1",
            [Lifecycle()[0], new OrderRejected("o-1#2", Id, T0, T0.AddSeconds(5), "insufficient-buying-power", "needs 1000.40 USD, has 10 USD")]));

        var row = Assert.Single(changes.Orders);
        Assert.Equal((OrderStatus.Rejected, "insufficient-buying-power", "needs 1000.40 USD, has 10 USD"), (row.Status, row.RejectionCode, row.RejectionMessage));
        Assert.Equal(T0.AddSeconds(5), row.UpdatedAt);
        Assert.Equal(T0, row.CreatedAt);
    }

    [Fact]
    public void A_strategy_row_counts_the_orders_issued_and_says_why_it_stopped()
    {
        var sid = new StrategyId("s-1");
        var parameters = ImmutableSortedDictionary<string, string>.Empty.Add("fast", "3");
        var order = TestData.Market("s-1-1", OrderSide.Buy, 1);
        StrategyEvent[] events =
        [
            new StrategyStarted("s-1:1", T0, T0, sid, "sma-cross", TestData.Account, parameters),
            new StrategyOrderIssued("s-1:2", T0, T0, sid, order, 100m),
            new StrategyOrderIssued("s-1:3", T0, T0, sid, order, 100m),
            new StrategyStopped("s-1:4", T0, T0, sid, "end of day"),
            new StrategyStarted("s-1:5", T0, T0, sid, "sma-cross", TestData.Account, parameters),
            new StrategyStopped("s-1:6", T0, T0, sid, "maintenance"),
        ];

        var row = Assert.Single(ReadModelFold.Apply(ReadModelRows.None, Journal(ReadModelTags.Projected, "strategy-s-1", events)).Strategies);

        Assert.Equal((false, "maintenance", 2, 2, "3"), (row.Running, row.StopReason, row.OrdersIssued, row.Starts, row.Parameters["fast"]));
    }

    [Fact]
    public void An_account_row_is_made_when_the_account_opens_and_later_ledger_events_leave_it_as_it_was()
    {
        var account = new AccountId("acc-9");
        IAccountEvent[] events =
        [
            new AccountOpened("acc-9#1", account, T0, T0, AccountType.Margin, 4m),
            new FundsDeposited("acc-9#2", account, T0, T0, "tr-1", "USD", 1000m),
        ];

        var changes = ReadModelFold.Apply(ReadModelRows.None, Journal(ReadModelTags.Projected, "account-acc-9", events));

        Assert.Equal(new AccountRow(account, AccountType.Margin, 4m, T0, 1), Assert.Single(changes.Accounts));
        Assert.Equal(2, changes.Applied);
    }

    [Fact]
    public void Offsets_and_newest_event_times_are_kept_per_tag()
    {
        // One tag today (ReadModelTags.Projected); the fold keeps offsets per tag, as the offsets table does.
        var orders = Journal("tag-a", "order-o-1", Lifecycle().Take(2), firstOffset: 7);
        var accounts = Journal("tag-b", "account-acc-1",
            [new AccountOpened("acc-1#1", TestData.Account, T0, T0, AccountType.Cash, 1m)], firstOffset: 5);

        var changes = ReadModelFold.Apply(ReadModelRows.None, [.. orders, .. accounts]);

        Assert.Equal(8L, changes.Offsets["tag-a"]);
        Assert.Equal(5L, changes.Offsets["tag-b"]);
        Assert.False(changes.Offsets.ContainsKey(ReadModelTags.Projected));
        Assert.Equal(T0.AddSeconds(1), changes.NewestEventAt["tag-a"]);
    }
}
