using Hive.Core.Ids;

namespace Hive.Core.Orders;

/// <summary>A command for one order entity, routed by its client order id.</summary>
public interface IOrderCommand
{
    ClientOrderId ClientOrderId { get; }
}
