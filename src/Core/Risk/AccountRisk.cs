using System.Collections.Immutable;
using Hive.Core.Ids;

namespace Hive.Core.Risk;

/// <summary>
/// The risk side of an account: its limits and their narrowing per strategy and per instrument, its trading state and
/// those of its strategies, and the times of the orders it took within the last second (for the order rate; bounded by
/// the rate). Part of the account's state, so it survives restarts and failover with it. Pure.
/// </summary>
public sealed record AccountRisk
{
    public static readonly TimeSpan RateWindow = TimeSpan.FromSeconds(1);

    /// <summary>Null until limits are set: the account then trades under <see cref="RiskLimits.Defaults"/>.</summary>
    public RiskLimits? Limits { get; init; }
    public ImmutableDictionary<StrategyId, RiskLimits> ByStrategy { get; init; } = ImmutableDictionary<StrategyId, RiskLimits>.Empty;
    public ImmutableDictionary<InstrumentId, RiskLimits> ByInstrument { get; init; } = ImmutableDictionary<InstrumentId, RiskLimits>.Empty;
    public TradingState State { get; init; } = TradingState.Active;
    public string? StateReason { get; init; }
    /// <summary>The loss rule (<see cref="RiskDenials.DailyLossLimit"/> or <see cref="RiskDenials.MaxDrawdown"/>) that moved the
    /// account to its state, null when a person did: orders the state refuses are denied with this code.</summary>
    public string? StateCause { get; init; }
    /// <summary>The id of the last kill switch the account halted under: a switch is obeyed once (a person may resume after it).</summary>
    public string? LastKillSwitch { get; init; }
    public ImmutableDictionary<StrategyId, TradingState> StrategyStates { get; init; } = ImmutableDictionary<StrategyId, TradingState>.Empty;
    /// <summary>Decision times of the orders taken within <see cref="RateWindow"/> of the newest, oldest first.</summary>
    public ImmutableQueue<DateTime> RecentOrders { get; init; } = ImmutableQueue<DateTime>.Empty;
    /// <summary>The last price the account saw of each instrument it has held (a fill's, or the venue's when an order was
    /// taken): equity and exposure are marked at these, positions without one at cost.</summary>
    public ImmutableDictionary<InstrumentId, decimal> Marks { get; init; } = ImmutableDictionary<InstrumentId, decimal>.Empty;
    /// <summary>Equity per currency as the loss rules see it.</summary>
    public ImmutableDictionary<string, EquityWatch> Watches { get; init; } = ImmutableDictionary<string, EquityWatch>.Empty;

    public static AccountRisk Empty { get; } = new();

    // The last narrowing computed, reused while its three levels are the same objects: the pre-trade check then allocates
    // nothing. Valid in any copy of this record (it is checked by reference) and replaced whole, so readers on other threads
    // see an old entry or a new one, never half of one.
    private Narrowing? _lastNarrowing;

    private sealed record Narrowing(RiskLimits Account, RiskLimits? Strategy, RiskLimits? Instrument, RiskLimits Result);

    /// <summary>The limits an order of this strategy on this instrument meets.</summary>
    public RiskLimits LimitsFor(StrategyId? strategy, InstrumentId instrument)
    {
        var account = Limits ?? RiskLimits.Defaults;
        var byStrategy = strategy is { } s ? ByStrategy.GetValueOrDefault(s) : null;
        var byInstrument = ByInstrument.GetValueOrDefault(instrument);
        if (byStrategy is null && byInstrument is null) return account;
        if (_lastNarrowing is { } last && ReferenceEquals(last.Account, account) && ReferenceEquals(last.Strategy, byStrategy)
            && ReferenceEquals(last.Instrument, byInstrument)) return last.Result;
        var narrowed = account.Narrow(byStrategy).Narrow(byInstrument);
        _lastNarrowing = new Narrowing(account, byStrategy, byInstrument, narrowed);
        return narrowed;
    }

    /// <summary>The stricter of the account's state and the strategy's.</summary>
    public TradingState StateFor(StrategyId? strategy) =>
        strategy is { } s && StrategyStates.TryGetValue(s, out var own) && own > State ? own : State;

    /// <summary>Orders taken in the window that ends at <paramref name="at"/>.</summary>
    public int OrdersWithin(DateTime at)
    {
        var count = 0;
        foreach (var time in RecentOrders)
            if (time > at - RateWindow && time <= at) count++;
        return count;
    }

    /// <summary>After an order was taken at <paramref name="at"/>: older times fall out of the window, and no more are kept
    /// than the highest order rate any level sets (the count never needs more), so the queue stays bounded however many
    /// orders arrive at one instant.</summary>
    public AccountRisk Took(DateTime at)
    {
        var kept = RateKept();
        var recent = kept > 0 ? RecentOrders.Enqueue(at) : RecentOrders;
        var count = recent.Count();
        while (!recent.IsEmpty && (recent.Peek() <= at - RateWindow || count > kept))
        {
            recent = recent.Dequeue();
            count--;
        }
        return this with { RecentOrders = recent };
    }

    private int RateKept()
    {
        var kept = (Limits ?? RiskLimits.Defaults).MaxOrdersPerSecond ?? 0;
        foreach (var (_, limits) in ByStrategy) kept = Math.Max(kept, limits.MaxOrdersPerSecond ?? 0);
        foreach (var (_, limits) in ByInstrument) kept = Math.Max(kept, limits.MaxOrdersPerSecond ?? 0);
        return kept;
    }

    public AccountRisk With(RiskLimitsSet e) => (e.Strategy, e.Instrument) switch
    {
        ({ } strategy, _) => this with { ByStrategy = ByStrategy.SetItem(strategy, e.Limits) },
        (_, { } instrument) => this with { ByInstrument = ByInstrument.SetItem(instrument, e.Limits) },
        _ => this with { Limits = e.Limits },
    };

    public AccountRisk With(TradingStateChanged e) => e.Strategy is { } strategy
        ? this with
        {
            StrategyStates = e.State == TradingState.Active ? StrategyStates.Remove(strategy) : StrategyStates.SetItem(strategy, e.State),
        }
        : this with
        {
            State = e.State, StateReason = e.State == TradingState.Active ? null : e.Reason, StateCause = e.State == TradingState.Active ? null : e.Cause,
            LastKillSwitch = e.KillSwitch ?? LastKillSwitch,
        };

    /// <summary>After an event at <paramref name="at"/> took equity in <paramref name="currency"/> from <paramref name="before"/>
    /// to <paramref name="after"/>.</summary>
    public AccountRisk Watched(string currency, DateTime at, decimal before, decimal after, decimal deposited = 0m) => this with
    {
        Watches = Watches.SetItem(currency,
            Watches.TryGetValue(currency, out var watch) ? watch.Seen(at, before, after, deposited) : EquityWatch.Start(at, after)),
    };
}
