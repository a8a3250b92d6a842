namespace Hive.Actors.Sharding;

// Keys of the shard regions in Akka.Hosting's ActorRegistry.

public sealed class AccountRegion;

public sealed class OrderRegion;

public sealed class InstrumentRegion;

public sealed class StrategyRegion;

public sealed class KillSwitchRegion;

public sealed class UserDirectoryRegion;

public sealed class AlgoRegion;
