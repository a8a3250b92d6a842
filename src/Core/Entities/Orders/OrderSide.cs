namespace Hive.Core.Entities.Orders;

public enum OrderSide
{
    Buy,
    Sell,
}
