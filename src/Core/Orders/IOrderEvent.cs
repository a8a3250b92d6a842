using Hive.Core.Domain;
using Hive.Core.Ids;

namespace Hive.Core.Orders;

/// <summary>A persisted fact about one order. <see cref="EventId"/> is deterministic
/// (<c>clientOrderId#version</c>) so a replayed or backtested run produces the same ids.</summary>
public interface IOrderEvent : IDomainEvent
{
    ClientOrderId ClientOrderId { get; }
}
