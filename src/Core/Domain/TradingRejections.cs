namespace Hive.Core.Domain;

/// <summary>Machine-readable rejection codes of the trading domain (the instrument rules are in
/// <see cref="Instruments.InstrumentRules"/>). Stable strings: clients and tests match on them.</summary>
public static class TradingRejections
{
    public const string MissingLimitPrice = "missing-limit-price";
    public const string MissingStopPrice = "missing-stop-price";
    public const string MissingTrailingOffset = "missing-trailing-offset";
    public const string UnexpectedPrice = "unexpected-price";
    public const string MissingExpiry = "missing-expiry";
    public const string ExpiryInPast = "expiry-in-past";
    public const string PostOnlyNotLimit = "post-only-requires-limit";
    public const string PostOnlyWouldTake = "post-only-would-take";
    /// <summary>Not a rejection: the code of an order the venue cancelled because it would have traded with its own account.</summary>
    public const string SelfTradePrevented = "self-trade-prevented";
    public const string InstrumentMismatch = "instrument-mismatch";
    public const string DuplicateClientOrderId = "duplicate-client-order-id";
    public const string UnknownOrder = "unknown-order";
    public const string InvalidTransition = "invalid-transition";
    public const string DuplicateTrade = "duplicate-trade-id";
    public const string Overfill = "overfill";
    public const string NothingToReplace = "nothing-to-replace";
    public const string ReplaceExceedsHold = "replace-exceeds-hold";
    public const string InsufficientBuyingPower = "insufficient-buying-power";
    public const string ShortSaleNotAllowed = "short-sale-not-allowed";
    public const string ReduceOnlyWouldIncrease = "reduce-only-would-increase";
    public const string AccountNotOpen = "account-not-open";
    public const string AccountAlreadyOpen = "account-already-open";
    public const string InvalidRiskLimit = "invalid-risk-limit";
    public const string TradingStateUnchanged = "trading-state-unchanged";
    public const string KillSwitchEngaged = "kill-switch-engaged";
    public const string KillSwitchNotEngaged = "kill-switch-not-engaged";
    public const string InvalidKillSwitch = "invalid-kill-switch";
    public const string NonPositiveAmount = "non-positive-amount";
    public const string NoLiquidity = "no-liquidity";
    public const string FokNotFillable = "fok-not-fillable";
    public const string UnknownInstrument = "unknown-instrument";
    public const string UnknownVenue = "unknown-venue";
    public const string MissingReferencePrice = "missing-reference-price";
    public const string NotYetWorking = "not-yet-working";
    public const string ReplacePending = "replace-pending";
    public const string UnknownTrade = "unknown-trade";
    public const string FillOutOfOrder = "fill-out-of-order";
}
