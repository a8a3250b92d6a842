using System.Collections.Immutable;
using Hive.Core.Orders;

namespace Hive.Core.Surveillance;

/// <summary>
/// Wash trades: a buy fill and a sell fill of one owner (one account, or two accounts of one owner) in one instrument, close
/// in time, price and size — trading with oneself, which changes no beneficial ownership. Each fill is paired at most once,
/// with the nearest-in-time opposite fill that qualifies (ties by trade id), so the pairing is deterministic.
/// </summary>
public sealed class WashTradeDetector(WashTradeParameters parameters) : ISurveillanceDetector
{
    public const string Name = "wash-trade";

    public IEnumerable<SurveillanceAlert> Detect(SurveillanceInput input)
    {
        var groups = input.Trades
            .GroupBy(t => (Owner: input.Owners.OwnerOf(t.Account), t.Instrument))
            .OrderBy(g => g.Key.Owner, StringComparer.Ordinal).ThenBy(g => g.Key.Instrument.ToString(), StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var sells = group.Where(t => t.Side == OrderSide.Sell).OrderBy(t => t.ExecutedAt).ThenBy(t => t.TradeId.Value, StringComparer.Ordinal).ToList();
            var used = new HashSet<int>();
            foreach (var buy in group.Where(t => t.Side == OrderSide.Buy).OrderBy(t => t.ExecutedAt).ThenBy(t => t.TradeId.Value, StringComparer.Ordinal))
            {
                if (Nearest(sells, used, buy) is not { } index) continue;
                used.Add(index);
                yield return Alert(group.Key.Owner, buy, sells[index]);
            }
        }
    }

    /// <summary>The unused sell within the window nearest in time that matches (the earliest of equally near ones: sells are
    /// in time and trade-id order). A loop, not a query: a scan runs it for every buy of the window.</summary>
    private int? Nearest(List<SurveilledTrade> sells, HashSet<int> used, SurveilledTrade buy)
    {
        int? nearest = null;
        var best = TimeSpan.MaxValue;
        for (var i = First(sells, buy.ExecutedAt - parameters.Window); i < sells.Count && sells[i].ExecutedAt <= buy.ExecutedAt + parameters.Window; i++)
        {
            if (used.Contains(i) || !Matches(buy, sells[i])) continue;
            var apart = (sells[i].ExecutedAt - buy.ExecutedAt).Duration();
            if (apart >= best) continue;
            (nearest, best) = (i, apart);
        }
        return nearest;
    }

    /// <summary>The first sell at or after <paramref name="from"/> (a binary search: a scan pairs thousands of fills).</summary>
    private static int First(List<SurveilledTrade> sells, DateTime from)
    {
        var (lo, hi) = (0, sells.Count);
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (sells[mid].ExecutedAt < from) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private bool Matches(SurveilledTrade buy, SurveilledTrade sell) =>
        (sell.ExecutedAt - buy.ExecutedAt).Duration() <= parameters.Window &&
        SpreadBps(buy, sell) <= parameters.PriceToleranceBps &&
        Math.Min(buy.Quantity, sell.Quantity) >= parameters.MinQuantityMatch * Math.Max(buy.Quantity, sell.Quantity);

    private static decimal SpreadBps(SurveilledTrade buy, SurveilledTrade sell) =>
        buy.Price == 0m ? 0m : Math.Abs(sell.Price - buy.Price) / buy.Price * 10_000m;

    private static SurveillanceAlert Alert(string owner, SurveilledTrade buy, SurveilledTrade sell)
    {
        var accounts = new[] { buy.Account.Value, sell.Account.Value }.Distinct().Order(StringComparer.Ordinal).ToList();
        var (first, last) = buy.ExecutedAt <= sell.ExecutedAt ? (buy.ExecutedAt, sell.ExecutedAt) : (sell.ExecutedAt, buy.ExecutedAt);
        var spread = Math.Round(SpreadBps(buy, sell), 4);
        return new SurveillanceAlert($"{Name}:{buy.TradeId}:{sell.TradeId}", Name, accounts, buy.Instrument.ToString(), $"owner:{owner}",
            first, last, "price-difference-bps", spread,
            $"owner {owner} bought {buy.Quantity} at {buy.Price} ({buy.Account}) and sold {sell.Quantity} at {sell.Price} ({sell.Account}) " +
            $"{(last - first).TotalSeconds:0.###} s apart",
            [AlertEvidence.Of(buy), AlertEvidence.Of(sell)],
            ImmutableSortedDictionary.CreateRange(new Dictionary<string, decimal>
            {
                ["seconds-apart"] = (decimal)(last - first).TotalSeconds,
                ["buy-quantity"] = buy.Quantity,
                ["sell-quantity"] = sell.Quantity,
            }));
    }
}
