using Hive.Core.Domain;
using Hive.Core.Risk;

namespace Hive.Core.Accounts;

public sealed partial record AccountState
{
    private Decision<IAccountEvent> DecideLimits(SetRiskLimits c, DateTime utcNow)
    {
        if (c.Strategy is not null && c.Instrument is not null)
            return Decision<IAccountEvent>.Reject(TradingRejections.InvalidRiskLimit, "limits narrow either one strategy or one instrument, not both at once");
        if (c.Limits.Invalid() is { } invalid)
            return Decision<IAccountEvent>.Reject(TradingRejections.InvalidRiskLimit, $"limits of account {AccountId}: {invalid}; nothing changed");
        return Decision<IAccountEvent>.Accept(new RiskLimitsSet(NextEventId(), AccountId, utcNow, utcNow, c.Limits, c.Strategy, c.Instrument));
    }

    private Decision<IAccountEvent> DecideTradingState(SetTradingState c, DateTime utcNow)
    {
        var scope = c.Strategy is { } s ? $"strategy {s} on account {AccountId}" : $"account {AccountId}";
        var current = c.Strategy is { } strategy ? Risk.StrategyStates.GetValueOrDefault(strategy) : Risk.State;
        if (current == c.State)
            return Decision<IAccountEvent>.Reject(TradingRejections.TradingStateUnchanged,
                c.State == TradingState.Active ? $"{scope} is not halted or reducing: nothing to resume" : $"{scope} is already {c.State.ToString().ToLowerInvariant()}");
        if (string.IsNullOrWhiteSpace(c.Reason))
            return Decision<IAccountEvent>.Reject(TradingRejections.TradingStateUnchanged, $"changing the trading state of {scope} needs a reason");
        return Decision<IAccountEvent>.Accept(new TradingStateChanged(NextEventId(), AccountId, utcNow, utcNow, c.State, c.Reason.Trim(), c.By, c.Strategy));
    }
}
