using Hive.Core.Orders;

namespace Hive.Core.Algos.Routing;

/// <summary>
/// Splits a child order across venues by effective price: every venue's levels are ranked by price after taker fees
/// (a buy cheapest first, a sell richest first; ties by venue name, then level price) and filled in that order, each
/// venue up to its volume cap and in whole lots of that venue; what no venue can take is <see cref="RoutePlan.Unrouted"/>.
/// <see cref="Reroute"/> moves what a venue refused onto the others' remaining levels. A pure function of the books:
/// the same books give the same split.
/// </summary>
public static class SmartOrderRouter
{
    public static RoutePlan Route(OrderSide side, decimal quantity, IReadOnlyList<VenueBook> books)
    {
        if (quantity <= 0m) throw new ArgumentException($"quantity must be positive, got {quantity}");
        foreach (var book in books) book.Validate();
        var duplicate = books.GroupBy(b => b.Venue, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new ArgumentException($"venue {duplicate.Key} has more than one book");

        var ranked = books
            .SelectMany(book => book.Levels.Where(l => l.Quantity > 0m).Select(level => (Book: book, Level: level, Effective: Effective(side, book, level.Price))))
            .OrderBy(x => side == OrderSide.Buy ? x.Effective : -x.Effective)
            .ThenBy(x => x.Book.Venue, StringComparer.Ordinal)
            .ThenBy(x => side == OrderSide.Buy ? x.Level.Price : -x.Level.Price)
            .ToList();
        var capLeft = books.ToDictionary(b => b.Venue, b => b.VolumeCap);
        var allocations = new List<RouteAllocation>();
        var left = quantity;
        foreach (var (book, level, effective) in ranked)
        {
            if (left <= 0m) break;
            var take = Math.Min(Math.Min(level.Quantity, left), capLeft[book.Venue]);
            take = Math.Floor(take / book.LotSize) * book.LotSize;
            if (take <= 0m) continue;
            allocations.Add(new RouteAllocation(book.Venue, take, level.Price, effective));
            capLeft[book.Venue] -= take;
            left -= take;
        }
        return new RoutePlan(allocations, left);
    }

    /// <summary><paramref name="refusedVenue"/> refused <paramref name="refused"/> of what <paramref name="plan"/> sent it:
    /// that quantity is taken off the venue and routed over the other venues' levels and caps left after the plan.</summary>
    public static RoutePlan Reroute(OrderSide side, RoutePlan plan, string refusedVenue, decimal refused, IReadOnlyList<VenueBook> books)
    {
        var sent = plan.Allocations.Where(a => a.Venue == refusedVenue).Sum(a => a.Quantity);
        if (refused <= 0m || refused > sent)
            throw new ArgumentException($"refused quantity must be in (0, {sent}] (what the plan sent to {refusedVenue}), got {refused}");

        // Keep the refused venue's best allocations up to what it did not refuse; drop the rest.
        var kept = new List<RouteAllocation>();
        var keep = sent - refused;
        foreach (var a in plan.Allocations)
        {
            if (a.Venue != refusedVenue) { kept.Add(a); continue; }
            var part = Math.Min(a.Quantity, keep);
            if (part > 0m) kept.Add(a with { Quantity = part });
            keep -= part;
        }

        var remaining = books.Where(b => b.Venue != refusedVenue).Select(b => Remaining(b, plan.Allocations.Where(a => a.Venue == b.Venue).ToList())).ToList();
        var moved = remaining.Count == 0 ? new RoutePlan([], refused) : Route(side, refused, remaining);
        return new RoutePlan([.. kept, .. moved.Allocations], plan.Unrouted + moved.Unrouted);
    }

    private static decimal Effective(OrderSide side, VenueBook book, decimal price) =>
        side == OrderSide.Buy
            ? price * (1m + book.Fees.TakerRate) + book.Fees.PerUnit
            : price * (1m - book.Fees.TakerRate) - book.Fees.PerUnit;

    /// <summary>The book less what the plan already takes from it, level by level, and its cap less the same.</summary>
    private static VenueBook Remaining(VenueBook book, IReadOnlyList<RouteAllocation> taken)
    {
        var levels = book.Levels.Select(l => l with { Quantity = l.Quantity - taken.Where(a => a.Price == l.Price).Sum(a => a.Quantity) }).ToList();
        return book with { Levels = levels, VolumeCap = book.VolumeCap - taken.Sum(a => a.Quantity) };
    }
}
