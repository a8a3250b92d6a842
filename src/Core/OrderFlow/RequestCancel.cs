using Hive.Core.Domain;
using Hive.Core.Ids;

namespace Hive.Core.OrderFlow;

/// <summary>Asks to cancel a working order; refused for orders the venue has not acknowledged yet, while a replace is pending, and for finished ones.</summary>
public sealed record RequestCancel(ClientOrderId OrderId, string Reason) : IOrderFlowCommand;
