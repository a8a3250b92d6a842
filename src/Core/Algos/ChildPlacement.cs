namespace Hive.Core.Algos;

/// <summary>How a child order is priced: at the market, or as a limit at the last price (the touch, in bar data).</summary>
public enum ChildPlacement
{
    Market,
    Limit,
}
