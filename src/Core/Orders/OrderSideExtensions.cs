namespace Hive.Core.Orders;

public static class OrderSideExtensions
{
    /// <summary>+1 for a buy, -1 for a sell: the sign of the position change.</summary>
    public static int Sign(this OrderSide side) => side == OrderSide.Buy ? 1 : -1;

    public static OrderSide Opposite(this OrderSide side) => side == OrderSide.Buy ? OrderSide.Sell : OrderSide.Buy;
}
