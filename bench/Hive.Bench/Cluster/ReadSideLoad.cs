using System.Collections.Immutable;
using System.Diagnostics;
using Akka.Actor;
using Akka.Hosting;
using Akka.Persistence;
using Akka.Persistence.Journal;
using Hive.Actors.Hosting;
using Hive.Actors.ReadModel;
using Hive.Cluster.Node;
using Hive.Core.Ids;
using Hive.Core.ReadModel;
using Hive.TestSupport;
using Microsoft.Extensions.Logging;
using Hive.Core.Orders;

namespace Hive.Bench.Cluster;

/// <summary>
/// `cluster reads [--orders 1000,1000000]`: for each journal size, writes that many orders (OrderSubmitted, OrderAccepted,
/// OrderFilled: real tagged journal rows, written through the node's journal actor) with the projection stopped, then starts a real node (Kestrel) on that
/// journal and measures (1) the projection's catch-up from an empty read side, in events/s, and (2) GET /api/orders
/// over HTTP: first pages, deep keyset pages, and pages filtered by account, p50/p99 of sequential requests.
/// </summary>
public static class ReadSideLoad
{
    private const int Accounts = 100;
    private const int OrdersPerWrite = 1000;
    private const int WritesInFlight = 8;
    private const int Requests = 400;

    private static readonly DateTime T0 = new(2024, 1, 2, 14, 30, 0, DateTimeKind.Utc);
    private static readonly InstrumentId[] Instruments = [InstrumentId.Parse("SIM:SPX"), InstrumentId.Parse("SIMX:BTC-USDT"), InstrumentId.Parse("SIMFX:EUR-USD")];

    public static async Task RunAsync(string dir, IReadOnlyList<int> sizes)
    {
        foreach (var orders in sizes)
        {
            var dataDir = Path.Combine(dir, $"reads-{orders}");
            Directory.CreateDirectory(dataDir);
            var settings = TestNode.SqliteSettings(Path.Combine(dataDir, "hive.db"));
            var written = await WriteJournalAsync(settings, orders);
            var options = new NodeOptions
            {
                DataDir = dataDir, Port = FreePort.Next(), HttpPort = FreePort.Next(), AdminToken = "bench", ImportSamples = false, Paper = false,
            };
            var clock = Stopwatch.StartNew();
            var app = NodeHost.Build(options, NodeSettingsFactory.Create(options), logging: l => l.SetMinimumLevel(LogLevel.Warning));
            await app.StartAsync();
            try
            {
                var queries = new ReadModelQueries(ReadModelDialect.For(settings));
                await CaughtUpAsync(queries, written);
                var catchUp = clock.Elapsed;
                Console.WriteLine($"reads {orders:N0} orders: wrote {written:N0} tagged events; projection caught up from empty in {catchUp.TotalSeconds:0.0} s " +
                                  $"= {written / catchUp.TotalSeconds:N0} events/s (node start included; SQLite)");
                await MeasureHttpAsync(options, settings, orders);
            }
            finally
            {
                await app.StopAsync();
                await app.DisposeAsync();
            }
        }
    }

    /// <summary>Writes the orders through the journal actor of a node whose projection is stopped, then empties the read tables.</summary>
    internal static async Task<long> WriteJournalAsync(HiveNodeSettings settings, int orders)
    {
        await using var node = await TestNode.StartAsync(settings);
        node.System.Stop(ActorRegistry.For(node.System).Get<ReadModelProjector>());
        var journal = Persistence.Instance.Apply(node.System).JournalFor(null);
        var writer = Guid.NewGuid().ToString();
        var clock = Stopwatch.StartNew();
        var inFlight = new List<Task>();
        for (var first = 0; first < orders; first += OrdersPerWrite)
        {
            var writes = Enumerable.Range(first, Math.Min(OrdersPerWrite, orders - first)).Select(i => Order(i, writer)).ToList();
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            node.System.ActorOf(Props.Create(() => new JournalBatchWriter(journal, writes, done)));
            inFlight.Add(done.Task);
            if (inFlight.Count >= WritesInFlight)
            {
                await inFlight[0];
                inFlight.RemoveAt(0);
            }
        }
        await Task.WhenAll(inFlight);
        Console.WriteLine($"reads {orders:N0} orders: journal written in {clock.Elapsed.TotalSeconds:0.0} s ({orders * 3 / clock.Elapsed.TotalSeconds:N0} events/s)");
        var store = new ReadModelStore(ReadModelDialect.For(settings));
        await store.EnsureSchemaAsync();
        await store.TruncateAsync();
        return orders * 3L;
    }

    private static AtomicWrite Order(int i, string writer)
    {
        var id = new ClientOrderId($"bench-{i:x}");
        var at = T0.AddMilliseconds(i);
        var request = new OrderRequest(id, new AccountId($"bench-acc-{i % Accounts}"), Instruments[i % Instruments.Length],
            i % 2 == 0 ? OrderSide.Buy : OrderSide.Sell, OrderType.Limit, 1 + i % 7, 100m + i % 50);
        IOrderEvent[] events =
        [
            new OrderSubmitted($"{id}#1", id, at, at, request),
            new OrderAccepted($"{id}#2", id, at, at, new VenueOrderId($"V-{i:x}")),
            new OrderFilled($"{id}#3", id, at, at, new TradeId($"T-{i:x}"), request.Quantity, request.LimitPrice!.Value, 0.01m, "USD", LiquiditySide.Maker),
        ];
        var reprs = events.Select((e, k) => (IPersistentRepresentation)new Persistent(new Tagged(e, [ReadModelTags.Projected]), k + 1, $"order-{id}",
            string.Empty, false, ActorRefs.NoSender, writer)).ToImmutableList();
        return new AtomicWrite(reprs);
    }

    internal static async Task CaughtUpAsync(ReadModelQueries queries, long events)
    {
        var deadline = DateTime.UtcNow.AddMinutes(30);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if ((await queries.OffsetsAsync()).Sum(o => o.Events) >= events) return;
            }
            catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException)
            {
                // the read tables are created by the projection as it starts
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"the projection did not fold {events:N0} events within 30 minutes");
    }

    private static async Task MeasureHttpAsync(NodeOptions options, HiveNodeSettings settings, int orders)
    {
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{options.HttpPort}/"), Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Add(AdminToken.Header, options.AdminToken);
        var deep = await DeepCursorsAsync(settings, orders);
        await TimeAsync(http, "first page", _ => "api/orders?limit=100", orders);
        await TimeAsync(http, "deep keyset page", n => $"api/orders?limit=100&before={deep[n % deep.Count]}", orders);
        await TimeAsync(http, "account filter, first page", n => $"api/orders?account=bench-acc-{n % Accounts}&limit=100", orders);
        await TimeAsync(http, "account filter, deep page", n => $"api/orders?account=bench-acc-{n % Accounts}&limit=100&before={deep[n % deep.Count]}", orders);
        await TimeAsync(http, "instrument + status filter", n => $"api/orders?instrument={Instruments[n % 3]}&status=Filled&limit=100", orders);
    }

    /// <summary>Cursors at random depths of the newest-first list, as a client that paged that far would hold.</summary>
    private static async Task<List<string>> DeepCursorsAsync(HiveNodeSettings settings, int orders)
    {
        var queries = new ReadModelQueries(ReadModelDialect.For(settings));
        var random = new Random(11);
        var cursors = new List<string>();
        for (var k = 0; k < 20; k++)
        {
            // Order i was submitted at T0 + i ms, so a cursor just after order i is a page starting about (orders - i) deep.
            var i = random.Next(orders / 10, orders);
            var row = await queries.OrderAsync(new ClientOrderId($"bench-{i:x}"));
            cursors.Add(new PageCursor(row!.CreatedAt.Ticks, row.SortKey).Encode());
        }
        return cursors;
    }

    private static async Task TimeAsync(HttpClient http, string what, Func<int, string> path, int orders)
    {
        for (var n = 0; n < 20; n++) (await http.GetAsync(path(n))).EnsureSuccessStatusCode();
        var latencies = new double[Requests];
        var rows = 0;
        for (var n = 0; n < Requests; n++)
        {
            var start = Stopwatch.GetTimestamp();
            var response = await http.GetAsync(path(n));
            var body = await response.Content.ReadAsStringAsync();
            latencies[n] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            response.EnsureSuccessStatusCode();
            if (n == 0) rows = System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("count").GetInt32();
        }
        Array.Sort(latencies);
        Console.WriteLine($"reads {orders:N0} orders: GET /api/orders {what} ({rows} rows): p50 {latencies[Requests / 2]:0.0} ms, p99 {latencies[(int)(Requests * 0.99)]:0.0} ms");
    }
}
