namespace Hive.Core.Entities.Orders;

public enum OrderStatus
{
    /// <summary>No order with this client order id has been created.</summary>
    None,
    Open,
    Cancelled,
}
