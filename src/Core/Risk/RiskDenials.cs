namespace Hive.Core.Risk;

/// <summary>
/// The codes of an order refused by Hive's own pre-trade risk: such an order ends <c>Denied</c>, not <c>Rejected</c>
/// (the venue's word, or the account's buying power). Stable strings: clients and tests match on them.
/// </summary>
public static class RiskDenials
{
    public const string MaxOrderQuantity = "max-order-quantity";
    public const string MaxOrderNotional = "max-order-notional";
    public const string PriceOutsideCollar = "price-outside-collar";
    public const string MaxOpenOrders = "max-open-orders";
    public const string MaxPosition = "max-position";
    public const string OrderRateExceeded = "order-rate-exceeded";
    public const string TradingHalted = "trading-halted";
    public const string ReduceOnly = "reduce-only";
    public const string RiskNotEvaluable = "risk-not-evaluable";
    public const string MaxGrossExposure = "max-gross-exposure";
    public const string MaxNetExposure = "max-net-exposure";
    public const string DailyLossLimit = "daily-loss-limit";
    public const string MaxDrawdown = "max-drawdown";
    public const string CircuitBreaker = "circuit-breaker";

    private static readonly HashSet<string> All =
    [
        MaxOrderQuantity, MaxOrderNotional, PriceOutsideCollar, MaxOpenOrders, MaxPosition, OrderRateExceeded,
        TradingHalted, ReduceOnly, RiskNotEvaluable, MaxGrossExposure, MaxNetExposure, DailyLossLimit, MaxDrawdown, CircuitBreaker,
    ];

    /// <summary>Whether a denial with this code is a loss rule's: it moves the account to its breach state.</summary>
    public static bool IsLossRule(string code) => code is DailyLossLimit or MaxDrawdown;

    /// <summary>Whether a refusal with this code is a risk denial.</summary>
    public static bool Denies(string code) => All.Contains(code);
}
