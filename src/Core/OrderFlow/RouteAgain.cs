using Hive.Core.Domain;
using Hive.Core.Ids;

namespace Hive.Core.OrderFlow;

/// <summary>A venue that came back without its book asks an order it was working to route itself again (with its progress).</summary>
public sealed record RouteAgain(ClientOrderId OrderId) : IWithOrderId;
