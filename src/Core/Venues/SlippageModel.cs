using Hive.Core.Orders;
namespace Hive.Core.Venues;

/// <summary>How much worse than the reference price a taker fill gets. Always adverse: buys pay more, sells get less.</summary>
public abstract record SlippageModel
{
    public static SlippageModel None { get; } = new FixedBpsSlippage(0m);

    /// <summary>The slipped price (before tick rounding) for <paramref name="quantity"/> traded in a bar of <paramref name="barVolume"/>.</summary>
    public abstract decimal Apply(OrderSide side, decimal price, decimal quantity, decimal barVolume);

    protected static decimal Adverse(OrderSide side, decimal price, decimal fraction) =>
        side == OrderSide.Buy ? price * (1m + fraction) : price * (1m - fraction);
}
