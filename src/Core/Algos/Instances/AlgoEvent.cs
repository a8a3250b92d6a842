using Hive.Core.Domain;
using Hive.Core.Ids;

namespace Hive.Core.Algos.Instances;

/// <summary>A persisted fact about a parent order. Each is one of <see cref="ParentOrder"/>'s own transitions, so recovery
/// replays the very methods the live entity (and the simulator) ran.</summary>
public abstract record AlgoEvent(string EventId, DateTime OccurredAt, DateTime RecordedAt, AlgoId AlgoId) : IDomainEvent, IWithAlgoId;
