using System.Globalization;
using System.Text.Json;
using Hive.Core.Ids;
using Hive.Core.Instruments;
using Hive.Core.MarketData;
using Hive.Data.Lake;
using Hive.Data.Storage;

namespace Hive.Cluster.Tests;

/// <summary>
/// The trading API as the specs drive it: accounts, orders, bars, and waiting for the order flow (order →
/// account → venue → order) to reach a state. The flow is asynchronous, so reads are polled until they
/// match or a deadline passes; the failure then shows the last answer.
/// </summary>
public sealed class TradingApi(NodeFixture node)
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    public NodeFixture Node => node;

    public Task<(int Status, JsonElement Body)> PostAsync(string path, object body) =>
        node.SendAsync(node.Post(path, JsonSerializer.Serialize(body, JsonSerializerOptions.Web)));

    public Task<(int Status, JsonElement Body)> PutAsync(string path, object body)
    {
        var request = node.Post(path, JsonSerializer.Serialize(body, JsonSerializerOptions.Web));
        request.Method = HttpMethod.Put;
        return node.SendAsync(request);
    }

    public Task<(int Status, JsonElement Body)> PostRawAsync(string path, string body) => node.SendAsync(node.Post(path, body));

    public async Task OpenFundedAsync(string account, decimal usd, string type = "cash", decimal leverage = 1m)
    {
        Accepted(await PostAsync($"api/accounts/{account}/open", new { type, leverage }));
        Accepted(await PostAsync($"api/accounts/{account}/deposit", new { transferId = $"{account}-funding", currency = "USD", amount = usd }));
    }

    /// <summary>Limits without a price collar, for tests that rest limit orders far from the last price.</summary>
    public async Task WithoutCollarAsync(string account) => Accepted(await PutAsync($"api/risk/{account}/limits", new { maxOrderNotional = 1_000_000m }));

    public async Task<(int Status, JsonElement Body)> SubmitAsync(string id, string account, string side, decimal quantity,
        decimal? limitPrice = null, decimal? referencePrice = null, string instrument = "SIM:SPX") =>
        await PostAsync("api/orders", new { clientOrderId = id, accountId = account, instrument, side, quantity, limitPrice, referencePrice });

    /// <summary>Opens the account with 100,000 USD and buys <paramref name="quantity"/> SIM:SPX at a flat <paramref name="price"/>,
    /// filled at the next bar's open: the venue's last price is then <paramref name="price"/>.</summary>
    public async Task LongSpxAsync(string account, decimal quantity, decimal price)
    {
        await OpenFundedAsync(account, 100_000m);
        await PushBarAsync("SIM:SPX", price, price, price, price);
        Accepted(await SubmitAsync($"{account}-buy", account, "buy", quantity, referencePrice: price));
        await OrderInStatusAsync($"{account}-buy", "Accepted");
        await PushBarAsync("SIM:SPX", price, price, price, price);
        await OrderInStatusAsync($"{account}-buy", "Filled");
    }

    /// <summary>Opens the account with 100,000 USD and no price collar, marks SIM:SPX at 100 and rests a buy of
    /// <paramref name="quantity"/> at <paramref name="limitPrice"/> (below the market) at the venue.</summary>
    public async Task RestingBuyAsync(string account, string id, decimal quantity, decimal limitPrice)
    {
        await OpenFundedAsync(account, 100_000m);
        await WithoutCollarAsync(account);
        await PushBarAsync("SIM:SPX", 100m, 101m, 99m, 100m);
        Accepted(await SubmitAsync(id, account, "buy", quantity, limitPrice: limitPrice));
        await OrderInStatusAsync(id, "Accepted");
    }

    /// <summary>Pushes the instrument's next daily bar; answers the venue's status after the bar.</summary>
    /// <summary>Writes one-minute bars of <paramref name="instrument"/> into the node's lake, as `hive data import` would.</summary>
    public async Task WriteMinuteBarsAsync(InstrumentId instrument, AssetClass assetClass, IEnumerable<DateTime> opens, Func<DateTime, decimal> volume, decimal close)
    {
        var bars = opens.Select(t => new Bar(instrument, t, BarInterval.OneMinute, close, close, close, close, volume(t))).ToList();
        var lake = new MarketDataLake(LakeLocation.Open(Path.Combine(node.DataDir, "lake")));
        await lake.AppendBarsAsync(new SeriesKey(assetClass, instrument, BarInterval.OneMinute), BarSeries.FromBars(instrument, BarInterval.OneMinute, bars));
    }

    public async Task<JsonElement> PushBarAsync(string instrument, decimal open, decimal high, decimal low, decimal close, decimal volume = 1_000_000m)
    {
        var openTime = node.NextBarOpen(instrument);
        var (status, body) = await PostAsync($"api/instruments/{instrument}/bars", new { openTime, interval = "1d", open, high, low, close, volume });
        Assert.True(status == 200, $"bar for {instrument} at {openTime:O} answered {status}: {body}");
        return body;
    }

    public Task<JsonElement> OrderWhenAsync(string id, Func<JsonElement, bool> condition, string what) =>
        WhenAsync($"api/orders/{id}", condition, $"order {id} {what}");

    public Task<JsonElement> OrderInStatusAsync(string id, string status) =>
        OrderWhenAsync(id, o => o.GetProperty("status").GetString() == status, $"reaches {status}");

    public Task<JsonElement> AccountWhenAsync(string id, Func<JsonElement, bool> condition, string what) =>
        WhenAsync($"api/accounts/{id}", condition, $"account {id} {what}");

    /// <summary>Pushes a flat bar of <paramref name="instrument"/> at <paramref name="price"/> every 200 ms (filling the children
    /// at its open) until the parent satisfies the condition.</summary>
    public async Task<JsonElement> AlgoWhileBarsAsync(string id, string instrument, decimal price, Func<JsonElement, bool> condition, string what,
        int seconds = 30, decimal volume = 1_000_000m)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var (status, algo) = await node.GetAsync($"api/algos/{id}");
            if (status == 200 && condition(algo)) return algo;
            Assert.True(DateTime.UtcNow < deadline, $"algo {id} {what}: not within {seconds} s; last answer {status} {algo}");
            await PushBarAsync(instrument, price, price, price, price, volume);
            await Task.Delay(200);
        }
    }

    /// <summary>The venues' fills of every child of the parent, read back from the read side's fills table.</summary>
    public async Task<decimal> ChildFillsAsync(JsonElement algo)
    {
        var total = 0m;
        foreach (var child in algo.GetProperty("children").EnumerateArray().Where(c => c.GetProperty("filled").GetDecimal() > 0m))
        {
            var id = child.GetProperty("clientOrderId").GetString()!;
            var filled = child.GetProperty("filled").GetDecimal();
            var listed = await WhenAsync($"api/fills?order={id}",
                f => f.GetProperty("fills").EnumerateArray().Sum(x => x.GetProperty("quantity").GetDecimal()) == filled, $"fills of {id} are on the read side");
            total += listed.GetProperty("fills").EnumerateArray().Sum(f => f.GetProperty("quantity").GetDecimal());
        }
        return total;
    }

    /// <summary>Polls a GET until it answers 200 with a body the condition accepts.</summary>
    public async Task<JsonElement> WhenAsync(string path, Func<JsonElement, bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + Patience;
        (int Status, JsonElement Body) last;
        while (true)
        {
            last = await node.GetAsync(path);
            if (last.Status == 200 && condition(last.Body)) return last.Body;
            if (DateTime.UtcNow > deadline) break;
            await Task.Delay(50);
        }
        Assert.Fail($"{what}: not within {Patience.TotalSeconds:0} s; last answer {last.Status} {last.Body}");
        return default;
    }

    public static void Accepted((int Status, JsonElement Body) reply)
    {
        Assert.True(reply.Status == 200, $"expected 200, got {reply.Status}: {reply.Body}");
    }

    public static string Code((int Status, JsonElement Body) reply) => reply.Body.GetProperty("code").GetString()!;

    public static decimal In(JsonElement map, string currency) =>
        map.TryGetProperty(currency, out var v) ? v.GetDecimal() : 0m;

    public static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
