using Hive.Core.Orders;
namespace Hive.Core.Venues;

/// <summary>A fixed number of basis points against the trader (5 bps on 100.00 buys at 100.05).</summary>
public sealed record FixedBpsSlippage : SlippageModel
{
    public FixedBpsSlippage(decimal basisPoints)
    {
        if (basisPoints < 0m) throw new ArgumentOutOfRangeException(nameof(basisPoints), basisPoints, "slippage in basis points must not be negative");
        BasisPoints = basisPoints;
    }

    public decimal BasisPoints { get; }

    public override decimal Apply(OrderSide side, decimal price, decimal quantity, decimal barVolume) =>
        Adverse(side, price, BasisPoints / 10_000m);
}
