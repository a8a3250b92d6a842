using Akka.Actor;
using Akka.Hosting;
using Hive.Actors.Entities;
using Hive.Core.Domain;

namespace Hive.Actors.Sharding;

/// <summary>The one way in from outside the actors (HTTP API, CLI, tests): picks the shard region
/// from the message's marker interface and asks it.</summary>
public sealed class EntityGateway(IReadOnlyActorRegistry registry)
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(10);

    public IActorRef Region(string name) => name switch
    {
        RegionNames.Account => registry.Get<AccountRegion>(),
        RegionNames.Order => registry.Get<OrderRegion>(),
        RegionNames.Instrument => registry.Get<InstrumentRegion>(),
        RegionNames.Strategy => registry.Get<StrategyRegion>(),
        RegionNames.KillSwitches => registry.Get<KillSwitchRegion>(),
        RegionNames.Users => registry.Get<UserDirectoryRegion>(),
        RegionNames.Algo => registry.Get<AlgoRegion>(),
        _ => throw new ArgumentException($"unknown region '{name}'; regions are {string.Join(", ", RegionNames.All)}", nameof(name)),
    };

    public IActorRef RegionFor(IHiveMessage message) => Region(RegionOf(message));

    public static string RegionOf(IHiveMessage message) => message switch
    {
        IWithAccountId => RegionNames.Account,
        IWithOrderId => RegionNames.Order,
        IWithInstrumentId => RegionNames.Instrument,
        IWithStrategyId => RegionNames.Strategy,
        IForKillSwitches => RegionNames.KillSwitches,
        IForUserDirectory => RegionNames.Users,
        IWithAlgoId => RegionNames.Algo,
        _ => throw new ArgumentException($"{message.GetType().Name} is not addressed to an entity", nameof(message)),
    };

    public Task<object> Ask(IHiveMessage message, TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        RegionFor(message).Ask<object>(message, timeout ?? DefaultTimeout, cancellationToken);
}
