using Hive.Core.Ids;

namespace Hive.Core.Trading;

/// <summary>A persisted fact about one order. <see cref="EventId"/> is deterministic
/// (<c>clientOrderId#version</c>) so a replayed or backtested run produces the same ids.</summary>
public interface IOrderEvent
{
    string EventId { get; }
    ClientOrderId ClientOrderId { get; }
    /// <summary>When it happened (at the venue for fills), UTC.</summary>
    DateTime OccurredAt { get; }
    /// <summary>When the order entity decided it, UTC.</summary>
    DateTime RecordedAt { get; }
}
