using System.Text.Json.Serialization;

namespace Hive.Core.Risk;

/// <summary>
/// Pre-trade limits of an account, or the narrowing of them for one strategy or one instrument. A null field sets no
/// limit at this level; the limits an order meets are the tightest of its account's, its strategy's and its
/// instrument's (<see cref="Narrow"/>). An account that was never given limits trades under <see cref="Defaults"/>.
/// </summary>
public sealed record RiskLimits
{
    /// <summary>Most units in one order.</summary>
    public decimal? MaxOrderQuantity { get; init; }

    /// <summary>Most quote currency one order may commit: quantity × the price its hold is sized at.</summary>
    public decimal? MaxOrderNotional { get; init; }

    /// <summary>How far a limit or stop price may be from the venue's last price, as a fraction of it (0.1 = 10%).</summary>
    public decimal? PriceCollar { get; init; }

    /// <summary>Most orders open at once (orders holding buying power).</summary>
    public int? MaxOpenOrders { get; init; }

    /// <summary>Largest position in one instrument an order may lead to, in units (long or short).</summary>
    public decimal? MaxPositionQuantity { get; init; }

    /// <summary>Largest position in one instrument an order may lead to, in quote currency at the order's price.</summary>
    public decimal? MaxPositionNotional { get; init; }

    /// <summary>Most orders accepted within any second, on event time (the order's decision time in the cluster, the bar's
    /// time in a backtest), so the same history is limited the same way every time.</summary>
    public int? MaxOrdersPerSecond { get; init; }

    /// <summary>Largest gross exposure, as a multiple of equity: Σ |position × mark| in the order's quote currency, with the
    /// position the order leads to, against cash plus positions at their marks in that currency. Account level only.</summary>
    public decimal? MaxGrossExposure { get; init; }

    /// <summary>Largest net exposure, as a multiple of equity: |Σ position × mark| (longs less shorts), as for
    /// <see cref="MaxGrossExposure"/>. Account level only.</summary>
    public decimal? MaxNetExposure { get; init; }

    /// <summary>Most equity the account may lose within one UTC day of event time, in each currency it holds: beyond it the
    /// account moves to <see cref="LossBreachState"/>. Account level only.</summary>
    public decimal? DailyLossLimit { get; init; }

    /// <summary>Largest fall of equity from its high-water mark, as a fraction of the mark (0.2 = 20%): beyond it the account
    /// moves to <see cref="LossBreachState"/>. Account level only.</summary>
    public decimal? MaxDrawdown { get; init; }

    /// <summary>Where a breach of <see cref="DailyLossLimit"/> or <see cref="MaxDrawdown"/> takes the account: <c>reducing</c> or
    /// <c>halted</c> (null: halted).</summary>
    [JsonConverter(typeof(JsonStringEnumConverter<TradingState>))]
    public TradingState? LossBreachState { get; init; }

    /// <summary>What an account without limits of its own trades under: conservative enough that a runaway strategy or a
    /// fat finger stops at the account, loose enough for the bundled demo and strategies.</summary>
    public static RiskLimits Defaults { get; } = new()
    {
        MaxOrderNotional = 1_000_000m, PriceCollar = 0.10m, MaxOpenOrders = 1_000, MaxPositionNotional = 10_000_000m, MaxOrdersPerSecond = 200,
    };

    public static RiskLimits None { get; } = new();

    /// <summary>These limits, tightened by <paramref name="by"/> wherever it sets one.</summary>
    public RiskLimits Narrow(RiskLimits? by) => by is null ? this : new RiskLimits
    {
        MaxOrderQuantity = Min(MaxOrderQuantity, by.MaxOrderQuantity),
        MaxOrderNotional = Min(MaxOrderNotional, by.MaxOrderNotional),
        PriceCollar = Min(PriceCollar, by.PriceCollar),
        MaxOpenOrders = Min(MaxOpenOrders, by.MaxOpenOrders),
        MaxPositionQuantity = Min(MaxPositionQuantity, by.MaxPositionQuantity),
        MaxPositionNotional = Min(MaxPositionNotional, by.MaxPositionNotional),
        MaxOrdersPerSecond = Min(MaxOrdersPerSecond, by.MaxOrdersPerSecond),
        MaxGrossExposure = Min(MaxGrossExposure, by.MaxGrossExposure),
        MaxNetExposure = Min(MaxNetExposure, by.MaxNetExposure),
        DailyLossLimit = Min(DailyLossLimit, by.DailyLossLimit),
        MaxDrawdown = Min(MaxDrawdown, by.MaxDrawdown),
        LossBreachState = LossBreachState ?? by.LossBreachState,
    };

    /// <summary>The state a loss-rule breach moves the account to.</summary>
    public TradingState BreachState => LossBreachState ?? TradingState.Halted;

    /// <summary>What is wrong with these limits, naming the field (every limit set must be positive; a collar of 0 would
    /// refuse every priced order; a drawdown is a fraction of at most 1; a breach moves the account to reducing or halted);
    /// null when they are valid.</summary>
    public string? Invalid()
    {
        foreach (var (name, value) in Fields())
            if (value is <= 0m) return $"{name} must be positive, got {value}";
        if (MaxDrawdown is > 1m) return $"maxDrawdown is a fraction of the high-water mark (0.2 = 20%), at most 1, got {MaxDrawdown}";
        if (LossBreachState == TradingState.Active) return "lossBreachState must be reducing or halted, got active";
        return null;
    }

    /// <summary>The name of the first limit set here that applies to the whole account only (exposure and loss rules: they
    /// measure the account's equity), or null.</summary>
    public string? AccountLevelOnly() =>
        MaxGrossExposure is not null ? "maxGrossExposure"
        : MaxNetExposure is not null ? "maxNetExposure"
        : DailyLossLimit is not null ? "dailyLossLimit"
        : MaxDrawdown is not null ? "maxDrawdown"
        : LossBreachState is not null ? "lossBreachState"
        : null;

    private IEnumerable<(string Name, decimal? Value)> Fields() =>
    [
        ("maxOrderQuantity", MaxOrderQuantity), ("maxOrderNotional", MaxOrderNotional), ("priceCollar", PriceCollar),
        ("maxOpenOrders", MaxOpenOrders), ("maxPositionQuantity", MaxPositionQuantity), ("maxPositionNotional", MaxPositionNotional),
        ("maxOrdersPerSecond", MaxOrdersPerSecond), ("maxGrossExposure", MaxGrossExposure), ("maxNetExposure", MaxNetExposure),
        ("dailyLossLimit", DailyLossLimit), ("maxDrawdown", MaxDrawdown),
    ];

    private static decimal? Min(decimal? a, decimal? b) => a is null ? b : b is null ? a : Math.Min(a.Value, b.Value);

    private static int? Min(int? a, int? b) => a is null ? b : b is null ? a : Math.Min(a.Value, b.Value);
}
