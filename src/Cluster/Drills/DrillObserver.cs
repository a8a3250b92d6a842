using System.Text.Json;
using Hive.Core.Drills;
using Hive.Core.Ids;
using Hive.Core.Instruments;

namespace Hive.Cluster.Drills;

/// <summary>
/// Reads a drill cluster's final state: every order and fill of the drill's accounts from the read side (keyset pages),
/// each account from its entity, whether each entity of the lost node answers, and the (persistence id, sequence number)
/// pairs the journal holds more than once.
/// </summary>
public static class DrillObserver
{
    public sealed record Orphan(string Region, string EntityId);

    public static async Task<DrillObservation> ReadAsync(DrillNode node, IReadOnlyList<string> accounts, IReadOnlyList<Orphan> orphans,
        DrillJournal journal, CancellationToken ct)
    {
        var orders = new List<ObservedOrder>();
        var fills = new List<ObservedFill>();
        var observed = new List<ObservedAccount>();
        foreach (var account in accounts)
        {
            await foreach (var o in PagesAsync(node, $"api/orders?account={account}&limit=1000", "orders", ct))
                orders.Add(new ObservedOrder(o.GetProperty("orderId").GetString()!, account, o.GetProperty("status").GetString()!,
                    o.GetProperty("quantity").GetDecimal(), o.GetProperty("filledQuantity").GetDecimal()));
            await foreach (var f in PagesAsync(node, $"api/fills?account={account}&limit=1000", "fills", ct))
            {
                var instrument = f.GetProperty("instrument").GetString()!;
                fills.Add(new ObservedFill(f.GetProperty("tradeId").GetString()!, f.GetProperty("orderId").GetString()!, account, instrument,
                    f.GetProperty("side").GetString()!, f.GetProperty("quantity").GetDecimal(), f.GetProperty("price").GetDecimal(),
                    QuoteCurrency(instrument), f.GetProperty("fee").GetDecimal(), f.GetProperty("feeCurrency").GetString()!));
            }
            using var response = await node.Http.GetAsync($"api/accounts/{account}", ct);
            if (!response.IsSuccessStatusCode) continue;
            using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
            var a = doc.RootElement;
            observed.Add(new ObservedAccount(account, Amounts(a.GetProperty("cash")), Amounts(a.GetProperty("deposits")),
                a.GetProperty("positions").EnumerateArray().ToDictionary(p => p.GetProperty("instrument").GetString()!, p => p.GetProperty("quantity").GetDecimal())));
        }

        var served = new List<ObservedOrphan>();
        foreach (var orphan in orphans)
            served.Add(new ObservedOrphan(orphan.Region, orphan.EntityId, await ServesAsync(node, orphan, ct)));
        return new DrillObservation(orders, fills, observed, served, journal.Duplicates());
    }

    /// <summary>Whether the entity answers a read through <paramref name="node"/> (accounts and instruments; other regions
    /// have no read that reaches their entity, so they count as serving when their work shows in the checker's other rules).</summary>
    public static async Task<bool> ServesAsync(DrillNode node, Orphan orphan, CancellationToken ct)
    {
        var path = orphan.Region switch
        {
            "account" => $"api/accounts/{orphan.EntityId}",
            "instrument" => $"api/instruments/{orphan.EntityId}",
            _ => null,
        };
        if (path is null) return true;
        try
        {
            using var response = await node.Http.GetAsync(path, ct);
            return response.IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException || (e is TaskCanceledException && !ct.IsCancellationRequested))
        {
            return false;
        }
    }

    private static async IAsyncEnumerable<JsonElement> PagesAsync(DrillNode node, string path, string items,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        string? before = null;
        do
        {
            var page = before is null ? path : $"{path}&before={Uri.EscapeDataString(before)}";
            using var doc = JsonDocument.Parse(await node.Http.GetStringAsync(page, ct));
            foreach (var item in doc.RootElement.GetProperty(items).EnumerateArray()) yield return item.Clone();
            before = doc.RootElement.TryGetProperty("next", out var next) && next.ValueKind == JsonValueKind.String ? next.GetString() : null;
        } while (before is not null);
    }

    private static Dictionary<string, decimal> Amounts(JsonElement map) =>
        map.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDecimal());

    private static string QuoteCurrency(string instrument) =>
        InstrumentCatalog.Default.TryGet(InstrumentId.Parse(instrument), out var i) ? i.QuoteCurrency : DrillClient.Currency;
}
