using Hive.Core.Orders;

namespace Hive.Core.Strategies.Instances;

/// <summary>An order a strategy issued, as it is (re)sent to the order group.</summary>
public sealed record IssuedOrder(OrderRequest Request, decimal ReferencePrice);
