using System.Collections.Immutable;

namespace Hive.Core.Surveillance;

/// <summary>
/// Excessive messaging: per account and per strategy, per UTC day of placement, the orders placed per fill they got
/// (order-to-trade; a day with no fill divides by one) and the share of orders cancelled. Both count only orders of that
/// day and fills of those orders, so the ratio does not depend on the venue's clock. Below the minimum sample nothing is
/// judged: a handful of orders says nothing about a pattern.
/// </summary>
public sealed class OrderToTradeDetector(OrderToTradeParameters parameters) : ISurveillanceDetector
{
    public const string OrderToTradeName = "order-to-trade";
    public const string CancelRatioName = "cancel-ratio";

    public IEnumerable<SurveillanceAlert> Detect(SurveillanceInput input)
    {
        var fillsPerOrder = input.Trades.GroupBy(t => t.OrderId).ToDictionary(g => g.Key, g => g.Count());
        var scopes = input.Orders.Select(o => (Scope: SurveillanceScope.Account(o.Account), Order: o))
            .Concat(input.Orders.Where(o => o.Strategy is not null).Select(o => (Scope: SurveillanceScope.Strategy(o.Strategy!.Value), Order: o)))
            .GroupBy(x => (x.Scope, Day: x.Order.PlacedAt.Date))
            .OrderBy(g => g.Key.Scope).ThenBy(g => g.Key.Day);
        foreach (var group in scopes)
        {
            var scope = group.Key.Scope.ToString();
            var orders = group.Select(x => x.Order).OrderBy(o => o.PlacedAt).ThenBy(o => o.OrderId.Value, StringComparer.Ordinal).ToList();
            if (orders.Count < parameters.MinOrders) continue;
            var fills = orders.Sum(o => fillsPerOrder.GetValueOrDefault(o.OrderId));
            var cancelled = orders.Where(o => o.Cancelled).ToList();
            var orderToTrade = (decimal)orders.Count / Math.Max(1, fills);
            var cancelRatio = (decimal)cancelled.Count / orders.Count;
            var figures = ImmutableSortedDictionary.CreateRange(new Dictionary<string, decimal>
            {
                ["orders"] = orders.Count, ["fills"] = fills, ["cancelled"] = cancelled.Count,
                ["order-to-trade"] = Math.Round(orderToTrade, 4), ["cancel-ratio"] = Math.Round(cancelRatio, 4),
            });
            if (orderToTrade > parameters.MaxOrderToTrade)
                yield return Alert(OrderToTradeName, scope, group.Key.Day, orders, orders, orderToTrade, figures,
                    $"{scope} placed {orders.Count} orders for {fills} fill(s) on {group.Key.Day:yyyy-MM-dd}");
            if (cancelRatio > parameters.MaxCancelRatio)
                yield return Alert(CancelRatioName, scope, group.Key.Day, orders, cancelled, cancelRatio, figures,
                    $"{scope} cancelled {cancelled.Count} of {orders.Count} orders on {group.Key.Day:yyyy-MM-dd}");
        }
    }

    private SurveillanceAlert Alert(string name, string scope, DateTime day, List<SurveilledOrder> orders, List<SurveilledOrder> evidence,
        decimal statistic, ImmutableSortedDictionary<string, decimal> figures, string summary) =>
        new($"{name}:{scope}:{day:yyyyMMdd}", name, orders.Select(o => o.Account.Value).Distinct().Order(StringComparer.Ordinal).ToList(),
            orders.Select(o => o.Instrument).Distinct().Count() == 1 ? orders[0].Instrument.ToString() : null, scope,
            orders[0].PlacedAt, orders[^1].PlacedAt, name, Math.Round(statistic, 4), summary,
            evidence.Take(parameters.EvidenceLimit).Select(AlertEvidence.Of).ToList(), figures);
}
