using Hive.Core.Domain;
using Hive.Core.Ids;

namespace Hive.Core.OrderFlow;

/// <summary>The account booked the fill with this trade id (or had booked it before). <see cref="RefusedCode"/> is set when the account refused it outright, which is logged and not retried.</summary>
public sealed record FillBooked(ClientOrderId OrderId, TradeId TradeId, string? RefusedCode = null) : IOrderFlowCommand;
