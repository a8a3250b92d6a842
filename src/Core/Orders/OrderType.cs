namespace Hive.Core.Orders;

public enum OrderType
{
    Market,
    Limit,
    /// <summary>Becomes a market order once the market trades at or through the stop price.</summary>
    Stop,
    /// <summary>Becomes a limit order once the market trades at or through the stop price.</summary>
    StopLimit,
    /// <summary>A stop that follows the best price seen by a fixed offset and becomes a market order when hit.</summary>
    TrailingStop,
}
