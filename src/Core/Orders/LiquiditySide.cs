namespace Hive.Core.Orders;

/// <summary>Whether a fill added liquidity (resting order, maker fee) or took it (aggressor, taker fee).</summary>
public enum LiquiditySide
{
    Maker,
    Taker,
}
