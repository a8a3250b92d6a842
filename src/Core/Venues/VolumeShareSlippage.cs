using Hive.Core.Orders;
namespace Hive.Core.Venues;

/// <summary>
/// Impact grows with the square of the share of the bar's volume taken: price x (1 ± impact x share²),
/// the model Zipline made standard. Taking 10% of a bar with impact 0.1 costs 0.1%. Bars without volume
/// (volume 0) are treated as having no impact, since the share is unknown.
/// </summary>
public sealed record VolumeShareSlippage : SlippageModel
{
    public VolumeShareSlippage(decimal priceImpact = 0.1m)
    {
        if (priceImpact < 0m) throw new ArgumentOutOfRangeException(nameof(priceImpact), priceImpact, "price impact must not be negative");
        PriceImpact = priceImpact;
    }

    public decimal PriceImpact { get; }

    public override decimal Apply(OrderSide side, decimal price, decimal quantity, decimal barVolume)
    {
        if (barVolume <= 0m) return price;
        var share = Math.Min(1m, quantity / barVolume);
        return Adverse(side, price, PriceImpact * share * share);
    }
}
