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

    private static readonly HashSet<string> All =
    [
        MaxOrderQuantity, MaxOrderNotional, PriceOutsideCollar, MaxOpenOrders, MaxPosition, OrderRateExceeded,
        TradingHalted, ReduceOnly, RiskNotEvaluable,
    ];

    /// <summary>Whether a refusal with this code is a risk denial.</summary>
    public static bool Denies(string code) => All.Contains(code);
}
