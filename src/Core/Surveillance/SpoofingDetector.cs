using System.Collections.Immutable;

namespace Hive.Core.Surveillance;

/// <summary>
/// Spoofing and layering: one owner places orders on one side of an instrument (one large order, or several price levels),
/// cancels them before they could trade, and meanwhile or just after executes on the other side — the cancelled orders
/// were there to move others' view of the book. The cancelled orders are grouped into bursts (each burst starts at its
/// first placement and takes the orders placed within the placement window); a burst with no filled order on the other side
/// in its window is not flagged, nor is one that is neither large nor layered. The alert is <c>layering</c> when the burst
/// spans enough price levels, <c>spoofing</c> otherwise.
/// </summary>
public sealed class SpoofingDetector(SpoofingParameters parameters) : ISurveillanceDetector
{
    public const string SpoofingName = "spoofing";
    public const string LayeringName = "layering";

    public IEnumerable<SurveillanceAlert> Detect(SurveillanceInput input)
    {
        var byOwner = input.Orders.GroupBy(o => (Owner: input.Owners.OwnerOf(o.Account), o.Instrument))
            .OrderBy(g => g.Key.Owner, StringComparer.Ordinal).ThenBy(g => g.Key.Instrument.ToString(), StringComparer.Ordinal);
        foreach (var group in byOwner)
        {
            var orders = group.OrderBy(o => o.PlacedAt).ThenBy(o => o.OrderId.Value, StringComparer.Ordinal).ToList();
            var fleeting = orders.Where(o => o.CancelledUnfilled && o.EndedAt is { } end && end - o.PlacedAt <= parameters.MaxLifetime).ToList();
            foreach (var side in fleeting.GroupBy(o => o.Side).OrderBy(s => s.Key))
                foreach (var burst in Bursts(side.ToList()))
                    if (Judge(group.Key.Owner, burst, orders) is { } alert) yield return alert;
        }
    }

    private IEnumerable<List<SurveilledOrder>> Bursts(List<SurveilledOrder> cancelled)
    {
        var i = 0;
        while (i < cancelled.Count)
        {
            var start = cancelled[i].PlacedAt;
            var burst = cancelled.Skip(i).TakeWhile(o => o.PlacedAt - start <= parameters.PlacementWindow).ToList();
            i += burst.Count;
            yield return burst;
        }
    }

    private SurveillanceAlert? Judge(string owner, List<SurveilledOrder> burst, List<SurveilledOrder> orders)
    {
        var from = burst[0].PlacedAt;
        var until = burst.Max(o => o.EndedAt!.Value) + parameters.ExecutionWindow;
        var executed = orders.Where(o => o.Side != burst[0].Side && o.FilledQuantity > 0m && o.PlacedAt >= from && o.PlacedAt <= until).ToList();
        if (executed.Count == 0) return null;
        var cancelledSize = burst.Sum(o => o.Quantity);
        var executedSize = executed.Sum(o => o.FilledQuantity);
        var levels = burst.Select(o => o.LimitPrice).Where(p => p is not null).Distinct().Count();
        var layered = levels >= parameters.LayeringLevels;
        var sizeRatio = cancelledSize / executedSize;
        if (!layered && sizeRatio < parameters.SizeFactor) return null;
        var name = layered ? LayeringName : SpoofingName;
        return new SurveillanceAlert($"{name}:{burst[0].OrderId}", name,
            burst.Concat(executed).Select(o => o.Account.Value).Distinct().Order(StringComparer.Ordinal).ToList(),
            burst[0].Instrument.ToString(), $"owner:{owner}", from, burst.Concat(executed).Max(o => o.EndedAt ?? o.PlacedAt),
            layered ? "price-levels" : "cancelled-to-executed-size", layered ? levels : Math.Round(sizeRatio, 4),
            $"owner {owner} placed {burst.Count} {burst[0].Side} order(s) of {cancelledSize} at {levels} level(s), cancelled them unfilled, " +
            $"and executed {executedSize} on the other side",
            [.. burst.Select(AlertEvidence.Of), .. executed.Select(AlertEvidence.Of)],
            ImmutableSortedDictionary.CreateRange(new Dictionary<string, decimal>
            {
                ["cancelled-orders"] = burst.Count,
                ["cancelled-size"] = cancelledSize,
                ["executed-size"] = executedSize,
                ["price-levels"] = levels,
                ["longest-lifetime-seconds"] = (decimal)burst.Max(o => (o.EndedAt!.Value - o.PlacedAt).TotalSeconds),
            }));
    }
}
