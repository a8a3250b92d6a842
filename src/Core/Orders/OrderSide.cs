namespace Hive.Core.Orders;

public enum OrderSide
{
    Buy,
    Sell,
}
