using Hive.Core.Domain;
using Hive.Core.Ids;

namespace Hive.Core.OrderFlow;

/// <summary>Asks the order's group for its <see cref="OrderFlowState"/>.</summary>
public sealed record GetOrder(ClientOrderId OrderId) : IWithOrderId;
