namespace Hive.Core.Trading;

public enum OrderSide
{
    Buy,
    Sell,
}
