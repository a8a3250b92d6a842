using Hive.Core.Instruments;

namespace Hive.Core.Risk;

/// <summary>
/// When an instrument's circuit breaker trips: its price moves more than <see cref="MaxMove"/> (a fraction: 0.1 = 10%)
/// from any price it traded at within the <see cref="Window"/> before; trading then halts for <see cref="CoolOff"/>.
/// Configured per asset class (<see cref="For"/>).
/// </summary>
public sealed record CircuitBreakerRule(decimal MaxMove, TimeSpan Window, TimeSpan CoolOff)
{
    /// <summary>Stocks: 10% within 5 minutes halts for 5 minutes (as the US limit-up/limit-down bands of the larger stocks, roughly).</summary>
    public static CircuitBreakerRule Stock { get; } = new(0.10m, TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(5));

    /// <summary>Crypto trades round the clock and moves more: 20% within 5 minutes halts for 15 minutes.</summary>
    public static CircuitBreakerRule Crypto { get; } = new(0.20m, TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15));

    /// <summary>Currencies move least: 5% within 5 minutes halts for 5 minutes.</summary>
    public static CircuitBreakerRule Forex { get; } = new(0.05m, TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(5));

    public static CircuitBreakerRule For(AssetClass assetClass) => assetClass switch
    {
        AssetClass.Crypto => Crypto,
        AssetClass.Forex => Forex,
        _ => Stock,
    };

    /// <summary>What is wrong with this rule, naming the field; null when it is valid.</summary>
    public string? Invalid() =>
        MaxMove <= 0m ? $"maxMove must be positive, got {MaxMove}"
        : Window <= TimeSpan.Zero ? $"window must be positive, got {Window}"
        : CoolOff <= TimeSpan.Zero ? $"coolOff must be positive, got {CoolOff}"
        : null;
}
