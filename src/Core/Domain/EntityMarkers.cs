using Hive.Core.Ids;

namespace Hive.Core.Domain;

// The routing markers: the sharding message extractors read the entity id through these.

public interface IWithAccountId : IHiveMessage
{
    AccountId AccountId { get; }
}

public interface IWithOrderId : IHiveMessage
{
    ClientOrderId OrderId { get; }
}

public interface IWithInstrumentId : IHiveMessage
{
    InstrumentId InstrumentId { get; }
}

public interface IWithStrategyId : IHiveMessage
{
    StrategyId StrategyId { get; }
}

/// <summary>For the cluster's one register of kill switches (one entity, <c>cluster</c>).</summary>
public interface IForKillSwitches : IHiveMessage;

/// <summary>For the cluster's one user directory (one entity, <c>users</c>).</summary>
public interface IForUserDirectory : IHiveMessage;

/// <summary>For a parent order worked by an execution algorithm (the <c>algo</c> region; the entity id is the client's algo id).</summary>
public interface IWithAlgoId : IHiveMessage
{
    AlgoId AlgoId { get; }
}
