using System.Collections.Immutable;
using Hive.Core.Domain;
using Hive.Core.Ids;

namespace Hive.Core.Risk;

/// <summary>
/// One instrument's circuit breaker as a pure state machine on event time: <see cref="Observe"/> each price; a move of more
/// than the rule's <see cref="CircuitBreakerRule.MaxMove"/> from a price within the window trips it (halted until the
/// cool-off ends, then trading again from the price that tripped it); <see cref="Check"/> denies orders while it is
/// tripped (code <c>circuit-breaker</c>). Bounded: it keeps the prices within the window, at most <see cref="Kept"/>.
/// </summary>
public sealed record CircuitBreaker(CircuitBreakerRule Rule, ImmutableQueue<PricePoint> Recent, DateTime? HaltedUntil = null, string? Reason = null)
{
    public const int Kept = 256;

    public static CircuitBreaker For(CircuitBreakerRule rule) => new(rule, ImmutableQueue<PricePoint>.Empty);

    /// <summary>Whether trading is halted at <paramref name="at"/>.</summary>
    public bool IsHalted(DateTime at) => HaltedUntil is { } until && at < until;

    /// <summary>The breaker after the instrument traded at <paramref name="price"/> at <paramref name="at"/>.</summary>
    public CircuitBreaker Observe(DateTime at, decimal price)
    {
        if (price <= 0m) return this;
        if (!IsHalted(at) && Beyond(at, price) is { } from)
        {
            var move = (price - from.Price) / from.Price;
            return this with
            {
                Recent = ImmutableQueue.Create(new PricePoint(at, price)), HaltedUntil = at + Rule.CoolOff,
                Reason = $"{price} is {move:+0.##%;-0.##%} from {from.Price} at {from.At:O}, beyond the {Rule.MaxMove:0.##%} band within {Rule.Window}",
            };
        }
        var recent = Recent.Enqueue(new PricePoint(at, price));
        var count = recent.Count();
        while (recent.Peek().At < at - Rule.Window || count > Kept)
        {
            recent = recent.Dequeue();
            count--;
        }
        return this with { Recent = recent, HaltedUntil = IsHalted(at) ? HaltedUntil : null, Reason = IsHalted(at) ? Reason : null };
    }

    /// <summary>The denial of an order on <paramref name="instrument"/> at <paramref name="at"/> while tripped, or null.</summary>
    public Rejection? Check(InstrumentId instrument, DateTime at) => IsHalted(at)
        ? new Rejection(RiskDenials.CircuitBreaker, $"trading in {instrument} is halted by its circuit breaker until {HaltedUntil:O}: {Reason}")
        : null;

    /// <summary>The price within the window the new one moved furthest from, if that is beyond the band.</summary>
    private PricePoint? Beyond(DateTime at, decimal price)
    {
        PricePoint? furthest = null;
        var most = Rule.MaxMove;
        foreach (var point in Recent)
        {
            if (point.At < at - Rule.Window) continue;
            var move = Math.Abs(price - point.Price) / point.Price;
            if (move <= most) continue;
            most = move;
            furthest = point;
        }
        return furthest;
    }
}
