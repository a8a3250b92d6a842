using Hive.Core.Domain;
using Hive.Core.Ids;

namespace Hive.Core.OrderFlow;

/// <summary>The account holds buying power for the order (also the answer to a repeated reserve).</summary>
public sealed record ReservationConfirmed(ClientOrderId OrderId) : IOrderFlowCommand;
