using Hive.Core.Trading;

namespace Hive.Core.Entities.Strategies;

/// <summary>An order a strategy issued, as it is (re)sent to the order entity.</summary>
public sealed record IssuedOrder(OrderRequest Request, decimal ReferencePrice);
