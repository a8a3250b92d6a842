using Hive.Core.Ids;

namespace Hive.Core.Orders;

/// <summary>A command for one order (in its group), routed by its client order id.</summary>
public interface IOrderCommand
{
    ClientOrderId ClientOrderId { get; }
}
