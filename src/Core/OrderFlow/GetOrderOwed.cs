using Hive.Core.Domain;
using Hive.Core.Ids;

namespace Hive.Core.OrderFlow;

/// <summary>Asks the order's group what it still owes its counterparts (the message types of its outbox, given what they
/// confirmed): empty once the order has nothing left to do.</summary>
public sealed record GetOrderOwed(ClientOrderId OrderId) : IWithOrderId;
