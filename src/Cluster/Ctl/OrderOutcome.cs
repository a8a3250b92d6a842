using System.Text.Json;
using static Hive.Cluster.Ctl.JsonCells;

namespace Hive.Cluster.Ctl;

/// <summary>
/// What became of a submitted order. The API acknowledges an order once it is persisted; the account (the
/// buying-power hold) and the venue decide afterwards, so `orders submit` polls <c>GET /api/orders/{id}</c> briefly
/// for the first answer and says it in words: working at the venue, filled, or rejected with its code and what to
/// do about it. A rejection is a <see cref="CtlException"/> (exit 1), like a refusal the API gives at once.
/// </summary>
public static class OrderOutcome
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(150);

    /// <summary>Waits up to <paramref name="patience"/> for the order to get past <c>New</c> and answers one line about it.</summary>
    public static async Task<string> WaitAsync(CtlClient client, string id, TimeSpan patience, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + patience;
        while (true)
        {
            // The order list is read from the journal, so a just-acknowledged order can be missing for a moment.
            if (await client.GetIfFoundAsync($"api/orders/{Uri.EscapeDataString(id)}", ct) is { } order && Text(order, "status") is not ("" or "None" or "New"))
                return await DescribeAsync(client, order, ct);
            if (DateTime.UtcNow >= deadline)
                return $"order {id} has no answer from its account and venue yet after {patience.TotalSeconds:0.#} s; follow it with `hive ctl orders show {id}`";
            await Task.Delay(Poll, ct);
        }
    }

    private static async Task<string> DescribeAsync(CtlClient client, JsonElement order, CancellationToken ct)
    {
        var id = Text(order, "orderId");
        var status = Text(order, "status");
        var filled = $"{Quantity(order, "filledQuantity")} of {Quantity(order, "quantity")} filled";
        return status switch
        {
            "Rejected" => throw new CtlException(CtlExit.Failed, await RejectionAsync(client, order, ct)),
            // The message names the limit and the numbers; `hive ctl risk show` has the account's limits.
            "Denied" => throw new CtlException(CtlExit.Failed,
                $"order {id} denied by the account's pre-trade risk ({Text(order, "rejectionCode")}): {Text(order, "rejectionMessage")}"),
            "Filled" => $"order {id} filled: {Quantity(order, "filledQuantity")} @ {Price(order, "averageFillPrice")}, fees {Price(order, "fees")}",
            "Accepted" when Text(order, "type") == "market" => $"order {id} is working at the venue: a market order fills at the next bar's open",
            "Accepted" or "Triggered" => $"order {id} is working at the venue ({status.ToLowerInvariant()}{(Decimal(order, "limitPrice") is { } l ? $", limit {Price(l)}" : "")})",
            "PartiallyFilled" => $"order {id} is working at the venue: {filled} @ {Price(order, "averageFillPrice")}",
            "Cancelled" or "Expired" => $"order {id} {status.ToLowerInvariant()} by the venue ({filled})",
            _ => $"order {id} is {status}",
        };
    }

    /// <summary>The refusal in plain words with the code; for a lack of buying power, the currency the order is paid in and how much there is.</summary>
    private static async Task<string> RejectionAsync(CtlClient client, JsonElement order, CancellationToken ct)
    {
        var (id, code, account, instrument) = (Text(order, "orderId"), Text(order, "rejectionCode"), Text(order, "accountId"), Text(order, "instrument"));
        var why = code switch
        {
            "account-not-open" => $"account {account} is not open; open it with `hive ctl account open {account}`, then pay cash in with `hive ctl account deposit`",
            "insufficient-buying-power" => await BuyingPowerAsync(client, account, instrument, ct),
            "short-sale-not-allowed" => $"a cash account cannot sell {instrument} it does not hold; a margin account (`hive ctl account open ID --type margin`) can sell short",
            "reduce-only-would-increase" => "a reduce-only order may only make the position smaller",
            "post-only-would-take" => "a post-only order would have taken liquidity on arrival",
            "fok-not-fillable" => "a fill-or-kill order could not be filled in full at once",
            "no-liquidity" => "the venue had no volume to fill it",
            _ => "the order flow refused it",
        };
        return $"order {id} rejected: {why} ({code})";
    }

    private static async Task<string> BuyingPowerAsync(CtlClient client, string account, string instrument, CancellationToken ct)
    {
        var currency = await QuoteCurrencyAsync(client, instrument, ct);
        var available = await client.GetIfFoundAsync($"api/accounts/{Uri.EscapeDataString(account)}", ct) is { } a ? InCurrency(a, "buyingPower", currency) : 0m;
        return $"account {account} has {Amount(available)} {currency} of buying power, not enough for this order; {instrument} is quoted in {currency}, " +
               $"so it is paid in {currency}: deposit some with `hive ctl account deposit {account} --currency {currency} --amount ...`";
    }

    /// <summary>The instrument's quote currency from the node's catalog; a BASE-QUOTE symbol names it when the catalog does not list it.</summary>
    private static async Task<string> QuoteCurrencyAsync(CtlClient client, string instrument, CancellationToken ct)
    {
        var catalog = await client.GetIfFoundAsync("api/instruments", ct);
        var listed = catalog is { } c ? Items(c, "instruments").FirstOrDefault(i => Text(i, "instrument") == instrument) : default;
        if (listed.ValueKind == JsonValueKind.Object && Text(listed, "quoteCurrency") is { Length: > 0 } quote) return quote;
        var dash = instrument.LastIndexOf('-');
        return dash > 0 ? instrument[(dash + 1)..] : "the instrument's quote currency";
    }
}
