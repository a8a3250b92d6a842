using Hive.Core.Domain;
using Hive.Core.Ids;

namespace Hive.Core.OrderFlow;

/// <summary>The account's pre-trade check refused the order; <see cref="Code"/> says why (e.g. insufficient-buying-power).</summary>
public sealed record ReservationRefused(ClientOrderId OrderId, string Code, string Message) : IOrderFlowCommand;
