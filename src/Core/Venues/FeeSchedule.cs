using Hive.Core.Orders;
namespace Hive.Core.Venues;

/// <summary>Maker/taker fees as fractions of notional (0.001 = 10 bps), plus an optional fixed fee per unit
/// (per share), charged in the instrument's quote currency.</summary>
public sealed record FeeSchedule(decimal MakerRate, decimal TakerRate, decimal PerUnit = 0m)
{
    public static FeeSchedule Free { get; } = new(0m, 0m);

    public decimal FeeFor(LiquiditySide liquidity, decimal quantity, decimal price) =>
        (liquidity == LiquiditySide.Maker ? MakerRate : TakerRate) * quantity * price + PerUnit * quantity;
}
