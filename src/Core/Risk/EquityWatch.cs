using Hive.Core.Domain;
using Hive.Core.Ids;

namespace Hive.Core.Risk;

/// <summary>
/// An account's equity in one currency as its loss rules see it: the UTC day of event time it was last measured in, the
/// equity when that day began and its high-water mark. Measured whenever the account's equity can change (a deposit, a
/// fill, a new price seen on an order), so it is three numbers however long the history. Pure.
/// </summary>
public sealed record EquityWatch(DateOnly Day, decimal DayStart, decimal HighWater)
{
    public static EquityWatch Start(DateTime at, decimal equity) => new(DateOnly.FromDateTime(at), equity, equity);

    /// <summary>After an event at <paramref name="at"/> that took equity from <paramref name="before"/> to
    /// <paramref name="after"/>, <paramref name="deposited"/> of it paid in (capital, not a gain): a new day starts from the
    /// equity before the event, the mark rises with equity.</summary>
    public EquityWatch Seen(DateTime at, decimal before, decimal after, decimal deposited = 0m)
    {
        var watch = this with { DayStart = StartOf(at, before) + deposited, HighWater = HighWater + deposited, Day = Later(at) };
        return after > watch.HighWater ? watch with { HighWater = after } : watch;
    }

    /// <summary>The equity the day of <paramref name="at"/> began with, <paramref name="settled"/> (the equity at the prices
    /// the account last saw) when that day has only just begun.</summary>
    public decimal StartOf(DateTime at, decimal settled) => DateOnly.FromDateTime(at) > Day ? settled : DayStart;

    /// <summary>The loss rule that equity <paramref name="now"/> at <paramref name="at"/> breaks, as the denial an order meets
    /// (code <c>daily-loss-limit</c> or <c>max-drawdown</c>, the message naming the numbers), or null.</summary>
    public Rejection? Breach(RiskLimits limits, AccountId account, string currency, DateTime at, decimal settled, decimal now)
    {
        if (limits.DailyLossLimit is { } limit && StartOf(at, settled) is var start && start - now > limit)
            return new Rejection(RiskDenials.DailyLossLimit,
                $"account {account} has lost {start - now} {currency} on {DateOnly.FromDateTime(at):yyyy-MM-dd} (UTC; equity {now} against {start} when the day began), beyond its daily loss limit {limit}");
        var mark = Math.Max(HighWater, now);
        if (limits.MaxDrawdown is { } max && mark > 0m && (mark - now) / mark is var drawdown && drawdown > max)
            return new Rejection(RiskDenials.MaxDrawdown,
                $"account {account} equity {now} {currency} is {drawdown:0.##%} below its high-water mark {mark}, beyond its maximum drawdown {max:0.##%}");
        return null;
    }

    private DateOnly Later(DateTime at) => DateOnly.FromDateTime(at) is var day && day > Day ? day : Day;
}
