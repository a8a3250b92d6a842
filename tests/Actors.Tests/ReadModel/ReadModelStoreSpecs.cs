using System.Collections.Immutable;
using Hive.Actors.ReadModel;
using Hive.Core.Algos;
using Hive.Core.Algos.Instances;
using Hive.Core.Ids;
using Hive.Core.Instruments;
using Hive.Core.ReadModel;
using Hive.TestSupport;
using Hive.Core.Orders;

namespace Hive.Actors.Tests.ReadModel;

/// <summary>The read tables' SQL on both databases: batches in one transaction, redeliveries counted once, keyset pages, filters.</summary>
public sealed class ReadModelStoreSpecs : IDisposable
{
    private static readonly DateTime T0 = new(2024, 5, 1, 9, 30, 0, DateTimeKind.Utc);
    private static readonly AccountId Account = new("ACC-R");
    private static readonly InstrumentId Spx = InstrumentId.Parse("SIM:SPX");
    private static readonly InstrumentId Btc = InstrumentId.Parse("SIMX:BTC-USDT");
    private readonly string _dir = Directory.CreateTempSubdirectory("hive-read-").FullName;

    public static Journals.TheoryDataBoth Both => Journals.Both;

    private async Task<(ReadModelStore Store, ReadModelQueries Queries)> FreshAsync(string journal)
    {
        var settings = await Journals.FreshAsync(journal, _dir);
        var dialect = ReadModelDialect.For(settings);
        var store = new ReadModelStore(dialect);
        await store.EnsureSchemaAsync();
        await JournalEndingAtAsync(dialect, 20);
        return (store, new ReadModelQueries(dialect));
    }

    /// <summary>A stand-in for the journal's table (a rebuild reads only its last ordering): its last event is at <paramref name="position"/>.</summary>
    private static async Task JournalEndingAtAsync(ReadModelDialect dialect, long position)
    {
        await using var connection = await dialect.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"CREATE TABLE {dialect.JournalTable} (ordering BIGINT NOT NULL); INSERT INTO {dialect.JournalTable} (ordering) VALUES ({position})";
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>An order submitted at <paramref name="at"/>, accepted, and (when <paramref name="fill"/>) filled; offsets from <paramref name="offset"/>.</summary>
    private static List<ProjectedEvent> Order(string id, DateTime at, long offset, InstrumentId instrument, bool fill = true)
    {
        var oid = new ClientOrderId(id);
        var request = new OrderRequest(oid, Account, instrument, OrderSide.Buy, OrderType.Limit, 2m, 100.25m);
        var events = new List<IOrderEvent>
        {
            new OrderSubmitted($"{id}#1", oid, at, at, request),
            new OrderAccepted($"{id}#2", oid, at, at, new VenueOrderId("V-" + id)),
        };
        if (fill) events.Add(new OrderFilled($"{id}#3", oid, at.AddSeconds(1), at.AddSeconds(1), new TradeId("T-" + id), 2m, 100.25m, 0.05m, "USD", LiquiditySide.Maker));
        return events.Select((e, i) => new ProjectedEvent(ReadModelTags.Projected, offset + i, "order-" + id, i + 1, e, e.RecordedAt)).ToList();
    }

    [Theory]
    [MemberData(nameof(Both))]
    public async Task An_orders_table_made_before_the_arrival_price_gets_the_column_at_start_and_then_keeps_each_orders_arrival(string journal)
    {
        var settings = await Journals.FreshAsync(journal, _dir);
        var dialect = ReadModelDialect.For(settings);
        var store = new ReadModelStore(dialect);
        await store.EnsureSchemaAsync();
        await using (var connection = await dialect.OpenAsync())
        await using (var command = connection.CreateCommand())
        {
            // The orders table as the release before the arrival price made it.
            command.CommandText = "ALTER TABLE orders DROP COLUMN arrival_price";
            await command.ExecuteNonQueryAsync();
        }
        await store.EnsureSchemaAsync();
        await store.EnsureSchemaAsync();
        await JournalEndingAtAsync(dialect, 20);
        var oid = new ClientOrderId("o-arrival");
        var submitted = new OrderSubmitted("o-arrival#1", oid, T0, T0, new OrderRequest(oid, Account, Spx, OrderSide.Buy, OrderType.Market, 2m), MarketPrice: 101.5m);

        await store.ApplyAsync([new ProjectedEvent(ReadModelTags.Projected, 1, "order-o-arrival", 1, submitted, T0)]);

        Assert.Equal(101.5m, (await new ReadModelQueries(dialect).OrderAsync(oid))!.ArrivalPrice);
    }

    [Theory]
    [MemberData(nameof(Both))]
    public async Task A_batch_delivered_twice_is_stored_once_and_the_offset_is_stored_with_it(string journal)
    {
        var (store, queries) = await FreshAsync(journal);
        var batch = Order("o-1", T0, 1, Spx);

        await store.ApplyAsync(batch);
        var again = await store.ApplyAsync(batch);
        var order = await queries.OrderAsync(new ClientOrderId("o-1"));
        var fills = await queries.FillsAsync(new FillQuery(Order: new ClientOrderId("o-1")));
        var offsets = await store.OffsetsAsync();

        Assert.Equal((0, 3), (again.Applied, again.Skipped));
        Assert.Equal((OrderStatus.Filled, 2m, 100.25m, 0.05m), (order!.Status, order.FilledQuantity, order.AverageFillPrice, order.Fees));
        Assert.Equal("V-o-1", order.VenueOrderId!.Value.Value);
        Assert.Equal(T0, order.CreatedAt);
        var fill = Assert.Single(fills.Rows);
        Assert.Equal((2m, 100.25m, Account, Spx, T0.AddSeconds(1)), (fill.Quantity, fill.Price, fill.AccountId, fill.InstrumentId, fill.ExecutedAt));
        Assert.Equal(3L, offsets[ReadModelTags.Projected]);
        Assert.Single(offsets);
    }

    [Theory]
    [MemberData(nameof(Both))]
    public async Task While_a_rebuild_catches_up_the_order_lookup_refuses_to_say_an_order_is_missing_and_answers_once_it_is_through(string journal)
    {
        var settings = await Journals.FreshAsync(journal, _dir);
        var dialect = ReadModelDialect.For(settings);
        var store = new ReadModelStore(dialect);
        await store.EnsureSchemaAsync();
        await JournalEndingAtAsync(dialect, 6);
        var lookup = new OrderLookup(new ReadModelQueries(dialect));
        var (first, second, never) = (new ClientOrderId("rb-1"), new ClientOrderId("rb-2"), new ClientOrderId("rb-never"));
        await store.ApplyAsync(Order("rb-1", T0, 1, Spx));
        await store.ApplyAsync(Order("rb-2", T0, 4, Spx));
        Assert.Equal(2, (await lookup.OrdersOfAsync([first, second, never])).Count);

        await store.TruncateAsync();
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => lookup.OrdersOfAsync([second]));
        Assert.Contains("being rebuilt (at journal position 0 of 6)", refused.Message);
        await store.ApplyAsync(Order("rb-1", T0, 1, Spx));
        refused = await Assert.ThrowsAsync<InvalidOperationException>(() => lookup.OrdersOfAsync([second]));
        Assert.Contains("at journal position 3 of 6", refused.Message);
        await store.ApplyAsync(Order("rb-2", T0, 4, Spx));
        Assert.Equal([second], (await lookup.OrdersOfAsync([second, never])).Select(r => r.ClientOrderId));
    }

    [Theory]
    [MemberData(nameof(Both))]
    public async Task The_groups_forget_question_names_only_the_orders_the_read_side_holds_finished(string journal)
    {
        var settings = await Journals.FreshAsync(journal, _dir);
        var dialect = ReadModelDialect.For(settings);
        var store = new ReadModelStore(dialect);
        await store.EnsureSchemaAsync();
        await store.ApplyAsync(Order("fo-filled", T0, 1, Spx));
        await store.ApplyAsync(Order("fo-working", T0, 4, Spx, fill: false));
        var lookup = new OrderLookup(new ReadModelQueries(dialect));

        var finished = await lookup.FinishedOfAsync([new ClientOrderId("fo-filled"), new ClientOrderId("fo-working"), new ClientOrderId("fo-never")]);

        Assert.Equal([new ClientOrderId("fo-filled")], finished);
    }

    [Theory]
    [MemberData(nameof(Both))]
    public async Task Pages_run_newest_first_by_submission_time_and_together_hold_every_order_once(string journal)
    {
        var (store, queries) = await FreshAsync(journal);
        // Submission times out of id order, two in the same tick (the sort key, their journal position, breaks the tie).
        var times = new[] { 5, 1, 3, 3, 9, 7, 2 };
        var events = times.SelectMany((t, i) => Order($"ord-{(char)('a' + i)}", T0.AddMinutes(t), 1 + i * 10, i % 2 == 0 ? Spx : Btc)).ToList();
        await store.ApplyAsync(events);

        var seen = new List<OrderRow>();
        PageCursor? cursor = null;
        var pages = 0;
        do
        {
            var page = await queries.OrdersAsync(new OrderQuery(Before: cursor, Limit: 3));
            seen.AddRange(page.Rows);
            cursor = page.Next;
            pages++;
        } while (cursor is not null);

        Assert.Equal(3, pages);
        Assert.Equal(["ord-e", "ord-f", "ord-a", "ord-d", "ord-c", "ord-g", "ord-b"], seen.Select(o => o.ClientOrderId.Value));
        var btc = await queries.OrdersAsync(new OrderQuery(Instrument: Btc));
        Assert.Equal(["ord-f", "ord-d", "ord-b"], btc.Rows.Select(o => o.ClientOrderId.Value));
        var window = await queries.OrdersAsync(new OrderQuery(From: T0.AddMinutes(3), To: T0.AddMinutes(7)));
        Assert.Equal(["ord-a", "ord-d", "ord-c"], window.Rows.Select(o => o.ClientOrderId.Value));
        var fillsOfBtc = await queries.FillsAsync(new FillQuery(Instrument: Btc, Limit: 2));
        Assert.Equal(["T-ord-f", "T-ord-d"], fillsOfBtc.Rows.Select(f => f.TradeId.Value));
        Assert.NotNull(fillsOfBtc.Next);
    }

    [Theory]
    [MemberData(nameof(Both))]
    public async Task The_status_filter_finds_the_working_orders_and_truncating_empties_every_table(string journal)
    {
        var (store, queries) = await FreshAsync(journal);
        await store.ApplyAsync([.. Order("w-1", T0, 1, Spx, fill: false), .. Order("f-1", T0.AddSeconds(1), 10, Spx)]);

        var working = await queries.OrdersAsync(new OrderQuery(Status: OrderStatus.Accepted));
        await store.TruncateAsync();
        var afterTruncate = await queries.OrdersAsync(new OrderQuery());
        var offsets = await store.OffsetsAsync();

        Assert.Equal("w-1", Assert.Single(working.Rows).ClientOrderId.Value);
        Assert.Equal(100.25m, Assert.Single(working.Rows).LimitPrice);
        Assert.Empty(afterTruncate.Rows);
        Assert.All(offsets.Values, o => Assert.Equal(0L, o));
    }

    /// <summary>A TWAP of 100 submitted at <paramref name="at"/> whose first child filled 25 at 100.5, as its entity journals it
    /// (the tagged events only); offsets from <paramref name="offset"/>.</summary>
    private static List<ProjectedEvent> Parent(string id, DateTime at, long offset, bool paused = false)
    {
        var (algo, instrument) = (new AlgoId(id), Instrument.Stock("SIM", "SPX"));
        var spec = new AlgoSpec("twap", Account, instrument.Id, OrderSide.Buy, 100m, at, at.AddHours(1), ImmutableSortedDictionary<string, string>.Empty.Add("slices", "4"));
        var state = AlgoState.Empty(algo);
        var events = new List<(AlgoEvent Event, long SequenceNr)>();
        void Run(AlgoCommand command, DateTime now)
        {
            foreach (var e in state.Decide(command, now).Events) events.Add((e, (state = state.Apply(e)).Version));
        }
        Run(new SubmitAlgo(algo, spec, 100m) { Instrument = instrument }, at);
        Run(new AdvanceAlgo(algo, AlgoClock.Observe(state.Parent!.Parameters, at.AddSeconds(1), TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(10), 100m)), at.AddSeconds(1));
        Run(new RecordChildProgress(algo, 1, 25m, 100.5m, 0.1m, false), at.AddSeconds(2));
        if (paused) Run(new PauseAlgo(algo, "desk review"), at.AddSeconds(3));
        return events.Where(e => ReadModelTags.For(e.Event) is not null)
            .Select((e, i) => new ProjectedEvent(ReadModelTags.Projected, offset + i, "algo-" + id, e.SequenceNr, e.Event, e.Event.RecordedAt)).ToList();
    }

    [Theory]
    [MemberData(nameof(Both))]
    public async Task Parent_rows_are_stored_once_read_back_with_their_figures_paged_newest_first_filtered_and_emptied_by_a_rebuild(string journal)
    {
        var (store, queries) = await FreshAsync(journal);
        var batch = Parent("p-1", T0, 1).Concat(Parent("p-2", T0.AddSeconds(5), 10, paused: true)).Concat(Parent("p-3", T0.AddSeconds(9), 20)).ToList();

        await store.ApplyAsync(batch);
        var again = await store.ApplyAsync(batch);
        var first = await queries.AlgosAsync(new AlgoQuery(Limit: 2));
        var second = await queries.AlgosAsync(new AlgoQuery(Limit: 2, Before: first.Next));
        var paused = await queries.AlgosAsync(new AlgoQuery(Status: ParentStatus.Paused));
        var none = await queries.AlgosAsync(new AlgoQuery(Type: "vwap"));
        await store.TruncateAsync();
        var afterTruncate = await queries.AlgosAsync(new AlgoQuery());

        Assert.Equal(0, again.Applied);
        Assert.Equal(["p-3", "p-2"], first.Rows.Select(a => a.AlgoId.Value));
        Assert.Equal(["p-1"], second.Rows.Select(a => a.AlgoId.Value));
        Assert.Null(second.Next);
        var row = second.Rows[0];
        Assert.Equal((ParentStatus.Working, 25m, 100.5m, 0.1m, 50m, 4, 1), (row.Status, row.Filled, row.AveragePrice, row.Fees, row.SlippageBps, row.SlicesPlanned, row.SlicesPlaced));
        Assert.Equal((T0, T0.AddHours(1), T0, Spx, 100m), (row.Start, row.End, row.SubmittedAt, row.InstrumentId, row.ArrivalPrice));
        Assert.Equal(("p-2", "desk review"), (Assert.Single(paused.Rows).AlgoId.Value, paused.Rows[0].PauseReason));
        Assert.Empty(none.Rows);
        Assert.Empty(afterTruncate.Rows);
    }

    public void Dispose()
    {
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }
}
