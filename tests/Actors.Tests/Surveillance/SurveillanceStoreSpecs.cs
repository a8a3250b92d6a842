using Hive.Actors.ReadModel;
using Hive.Actors.Surveillance;
using Hive.Core.Ids;
using Hive.Core.Orders;
using Hive.Core.ReadModel;
using Hive.Core.Surveillance;
using Hive.TestSupport;

namespace Hive.Actors.Tests.Surveillance;

/// <summary>The surveillance tables' SQL on both databases: a scan's input from the read tables, each alert stored once,
/// filters, the owners map, and a read-side rebuild that leaves alerts and owners alone.</summary>
public sealed class SurveillanceStoreSpecs : IDisposable
{
    private static readonly DateTime T0 = new(2024, 5, 1, 9, 30, 0, DateTimeKind.Utc);
    private static readonly InstrumentId Spx = InstrumentId.Parse("SIM:SPX");
    private readonly string _dir = Directory.CreateTempSubdirectory("hive-surveillance-").FullName;

    public static Journals.TheoryDataBoth Both => Journals.Both;

    private async Task<(ReadModelStore ReadSide, SurveillanceStore Store)> FreshAsync(string journal)
    {
        var dialect = ReadModelDialect.For(await Journals.FreshAsync(journal, _dir));
        var readSide = new ReadModelStore(dialect);
        await readSide.EnsureSchemaAsync();
        await using (var connection = await dialect.OpenAsync())
        await using (var command = connection.CreateCommand())
        {
            // A stand-in for the journal's table: a rebuild reads its last ordering.
            command.CommandText = $"CREATE TABLE {dialect.JournalTable} (ordering BIGINT NOT NULL); INSERT INTO {dialect.JournalTable} (ordering) VALUES (10)";
            await command.ExecuteNonQueryAsync();
        }
        return (readSide, new SurveillanceStore(dialect));
    }

    /// <summary>A limit order of 5 at 100 submitted, accepted and filled at <paramref name="at"/>.</summary>
    private static IEnumerable<ProjectedEvent> Filled(string id, string account, OrderSide side, DateTime at, long offset)
    {
        var oid = new ClientOrderId(id);
        IOrderEvent[] events =
        [
            new OrderSubmitted($"{id}#1", oid, at, at, new OrderRequest(oid, new AccountId(account), Spx, side, OrderType.Limit, 5m, 100m)),
            new OrderAccepted($"{id}#2", oid, at, at, new VenueOrderId("V-" + id)),
            new OrderFilled($"{id}#3", oid, at, at, new TradeId("T-" + id), 5m, 100m, 0m, "USD", LiquiditySide.Maker),
        ];
        return events.Select((e, i) => new ProjectedEvent(ReadModelTags.Projected, offset + i, "order-" + id, i + 1, e, at));
    }

    /// <summary>What the scanner's window holds once it has read the tables back.</summary>
    private static async Task<SurveillanceInput> InputAsync(SurveillanceStore store)
    {
        var window = new SurveillanceWindow(100, 100);
        var (orders, fills) = await store.RecentAsync(100, 100);
        window.Apply(orders, fills);
        var (surveilled, trades) = window.Snapshot();
        return new SurveillanceInput(surveilled, trades, await store.OwnersAsync());
    }

    [Theory]
    [MemberData(nameof(Both))]
    public async Task A_wash_between_two_accounts_of_one_owner_is_found_in_the_read_tables_and_stored_once(string journal)
    {
        var (readSide, store) = await FreshAsync(journal);
        await store.SetOwnerAsync(new AccountId("DESK-A"), "desk", T0);
        await store.SetOwnerAsync(new AccountId("DESK-B"), "desk", T0);
        await readSide.ApplyAsync([.. Filled("buy", "DESK-A", OrderSide.Buy, T0, 1), .. Filled("sell", "DESK-B", OrderSide.Sell, T0.AddSeconds(5), 4)]);

        var input = await InputAsync(store);
        var alerts = new SurveillanceScan(SurveillanceParameters.Default).Run(input);
        var first = await store.AddAsync(alerts, T0.AddMinutes(1));
        var again = await store.AddAsync(alerts, T0.AddMinutes(2));
        var ofB = await store.AlertsAsync(new AlertQuery("DESK-B", null, 10));
        var washes = await store.AlertsAsync(new AlertQuery(null, WashTradeDetector.Name, 10));
        var ofOther = await store.AlertsAsync(new AlertQuery("DESK", null, 10));
        var lookAlike = await store.AlertsAsync(new AlertQuery("DESK_A", null, 10));
        var benford = await store.AlertsAsync(new AlertQuery(null, BenfordDetector.Name, 10));

        Assert.Equal((2, 2), (input.Orders.Count, input.Trades.Count));
        Assert.Equal("desk", input.Owners.OwnerOf(new AccountId("DESK-A")));
        Assert.Equal(["wash-trade:T-buy:T-sell"], first.Select(a => a.Id));
        Assert.Empty(again);
        var stored = Assert.Single(ofB);
        Assert.Equal(T0.AddMinutes(1), stored.DetectedAt);
        Assert.Equal(["DESK-A", "DESK-B"], stored.Alert.Accounts);
        Assert.Equal(["T-buy", "T-sell"], stored.Alert.Evidence.Select(e => e.Id));
        Assert.Equal(alerts[0].Figures, stored.Alert.Figures);
        Assert.Equal((alerts[0].Statistic, alerts[0].From, alerts[0].Instrument), (stored.Alert.Statistic, stored.Alert.From, stored.Alert.Instrument));
        Assert.Single(washes);
        Assert.Empty(ofOther);
        Assert.Empty(lookAlike);
        Assert.Empty(benford);
    }

    [Theory]
    [MemberData(nameof(Both))]
    public async Task A_rebuild_of_the_read_side_keeps_the_alerts_and_the_owners_and_an_owner_can_be_changed(string journal)
    {
        var (readSide, store) = await FreshAsync(journal);
        await store.SetOwnerAsync(new AccountId("ACC-1"), "first", T0);
        await readSide.ApplyAsync([.. Filled("b", "ACC-1", OrderSide.Buy, T0, 1), .. Filled("s", "ACC-1", OrderSide.Sell, T0, 4)]);
        await store.AddAsync(new SurveillanceScan(SurveillanceParameters.Default).Run(await InputAsync(store)), T0);

        await readSide.TruncateAsync();
        await store.SetOwnerAsync(new AccountId("ACC-1"), "second", T0.AddDays(1));

        Assert.Single(await store.AlertsAsync(new AlertQuery("ACC-1", null, 10)));
        Assert.Equal("second", (await store.OwnersAsync()).OwnerOf(new AccountId("ACC-1")));
        Assert.Empty((await InputAsync(store)).Trades);
    }

    public void Dispose()
    {
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }
}
