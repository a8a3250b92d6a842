using Hive.Core.Domain;
using Hive.Core.Ids;
using Hive.Core.Risk;

namespace Hive.Core.Accounts;

public sealed partial record AccountState
{
    private Decision<IAccountEvent> DecideLimits(SetRiskLimits c, DateTime utcNow)
    {
        if (c.Strategy is not null && c.Instrument is not null)
            return Decision<IAccountEvent>.Reject(TradingRejections.InvalidRiskLimit, "limits narrow either one strategy or one instrument, not both at once");
        if ((c.Strategy is not null || c.Instrument is not null) && c.Limits.AccountLevelOnly() is { } whole)
            return Decision<IAccountEvent>.Reject(TradingRejections.InvalidRiskLimit,
                $"{whole} applies to the whole account (it measures the account's equity): it cannot be narrowed per strategy or instrument; nothing changed");
        if (c.Limits.Invalid() is { } invalid)
            return Decision<IAccountEvent>.Reject(TradingRejections.InvalidRiskLimit, $"limits of account {AccountId}: {invalid}; nothing changed");
        return Decision<IAccountEvent>.Accept(new RiskLimitsSet(NextEventId(), AccountId, utcNow, utcNow, c.Limits, c.Strategy, c.Instrument));
    }

    private Decision<IAccountEvent> DecideTradingState(SetTradingState c, DateTime utcNow)
    {
        var scope = c.Strategy is { } s ? $"strategy {s} on account {AccountId}" : $"account {AccountId}";
        var current = c.Strategy is { } strategy ? Risk.StrategyStates.GetValueOrDefault(strategy) : Risk.State;
        if (c.KillSwitch is not null && c.KillSwitch == Risk.LastKillSwitch) return Decision<IAccountEvent>.AlreadyApplied;
        // A kill switch is recorded even on an account already halted: it is obeyed once, whoever halted first.
        if (current == c.State && c.KillSwitch is null)
            return Decision<IAccountEvent>.Reject(TradingRejections.TradingStateUnchanged,
                c.State == TradingState.Active ? $"{scope} is not halted or reducing: nothing to resume" : $"{scope} is already {c.State.ToString().ToLowerInvariant()}");
        if (string.IsNullOrWhiteSpace(c.Reason))
            return Decision<IAccountEvent>.Reject(TradingRejections.TradingStateUnchanged, $"changing the trading state of {scope} needs a reason");
        return Decision<IAccountEvent>.Accept(new TradingStateChanged(NextEventId(), AccountId, utcNow, utcNow, c.State, c.Reason.Trim(), c.By, c.Strategy, c.Cause,
            c.KillSwitch));
    }

    /// <summary>What moves the account to its breach state after a loss rule denied an order (at the venue's newer price the
    /// account had not yet seen), or null when it is there already or the denial was another limit's.</summary>
    public SetTradingState? LossTrip(Rejection denial)
    {
        var breach = (Risk.Limits ?? RiskLimits.Defaults).BreachState;
        return RiskDenials.IsLossRule(denial.Code) && Risk.State < breach
            ? new SetTradingState(AccountId, breach, denial.Message, LossRuleBy, Cause: denial.Code)
            : null;
    }

    /// <summary>What halts this account under an engaged kill switch, or null when the switch does not cover it, it is not open, or
    /// it obeyed this switch already.</summary>
    public SetTradingState? Obey(KillSwitch kill) =>
        IsOpen && kill.Scope.Covers(AccountId) && Risk.LastKillSwitch != kill.Id
            ? new SetTradingState(AccountId, TradingState.Halted, kill.Because, kill.By, KillSwitch: kill.Id)
            : null;

    /// <summary>Who a loss rule's state change is recorded as made by.</summary>
    public const string LossRuleBy = "risk";

    /// <summary>The state change a loss rule makes once equity in the currency of <paramref name="instrument"/> breaks it at the
    /// prices the account holds, or null.</summary>
    private TradingStateChanged? LossTrip(InstrumentId instrument, DateTime at, DateTime utcNow)
    {
        var limits = Risk.Limits ?? RiskLimits.Defaults;
        if (Risk.State >= limits.BreachState || !Positions.TryGetValue(instrument, out var position)
            || !Risk.Watches.TryGetValue(position.Currency, out var watch)) return null;
        var equity = Equity(position.Currency, Risk.Marks);
        return watch.Breach(limits, AccountId, position.Currency, at, equity, equity) is { } breach
            ? new TradingStateChanged(NextEventId(), AccountId, at, utcNow, limits.BreachState, breach.Message, LossRuleBy, Cause: breach.Code)
            : null;
    }

    /// <summary>This state after an event at <paramref name="at"/> that followed <paramref name="before"/>: the loss rules measure
    /// equity in the currency again (<paramref name="deposited"/> of any rise is capital paid in, not a gain).</summary>
    private AccountState Watching(AccountState before, string currency, DateTime at, decimal deposited = 0m) => this with
    {
        Risk = Risk.Watched(currency, at, before.Equity(currency, before.Risk.Marks), Equity(currency, Risk.Marks), deposited),
    };

    /// <summary>This state once it saw <paramref name="price"/> for an instrument it holds (no mark is kept for one it never held).</summary>
    private AccountState Priced(AccountState before, InstrumentId instrument, decimal? price, DateTime at) =>
        price is { } mark && mark > 0m && Positions.TryGetValue(instrument, out var position)
            ? (this with { Risk = Risk with { Marks = Risk.Marks.SetItem(instrument, mark) } }).Watching(before, position.Currency, at)
            : this;

    /// <summary>A resume of the account re-arms the loss rules from its equity at that moment (else the same drawdown would trip
    /// them again at once).</summary>
    private AccountState Rearmed(TradingStateChanged e)
    {
        if (e.Strategy is not null || e.State != TradingState.Active) return this;
        var watches = Risk.Watches;
        foreach (var (currency, _) in Risk.Watches) watches = watches.SetItem(currency, EquityWatch.Start(e.OccurredAt, Equity(currency, Risk.Marks)));
        return this with { Risk = Risk with { Watches = watches } };
    }
}
