using Hive.Core.Ids;

namespace Hive.Core.Orders;

/// <summary>Hive's pre-trade risk refused the order (<see cref="Risk.RiskDenials"/>): it ends <see cref="OrderStatus.Denied"/>.</summary>
public sealed record DenyOrder(ClientOrderId ClientOrderId, string Code, string Reason) : IOrderCommand;
