using Akka.Actor;
using Akka.Serialization;
using Hive.Actors.Serialization;
using Hive.Core.Ids;
using Hive.Core.Accounts;

namespace Hive.Actors.Tests.Serialization;

/// <summary>The serializer as Akka finds it with the node's own HOCON (cluster provider on a free port).</summary>
public sealed class SerializerBindingTests(HiveHoconSystemFixture fixture) : IClassFixture<HiveHoconSystemFixture>
{
    private readonly ActorSystem _system = fixture.System;

    [Fact]
    public void Hive_messages_bind_to_the_hive_serializer()
    {
        foreach (var sample in WireSamples.ByType.Values)
            Assert.IsType<HiveJsonSerializer>(_system.Serialization.FindSerializerFor(sample));
        Assert.IsType<HiveJsonSerializer>(_system.Serialization.FindSerializerForType(typeof(DepositFunds)));
    }

    [Fact]
    public void Other_objects_bind_to_hyperion_behind_the_allow_list()
    {
        Assert.IsType<AllowListHyperionSerializer>(_system.Serialization.FindSerializerFor(Tuple.Create(1, "x")));
    }

    [Fact]
    public void Akka_round_trips_a_hive_event_by_serializer_id_and_manifest()
    {
        var credited = new FundsDeposited("ACC-1#1", new AccountId("ACC-1"), DateTime.UtcNow, DateTime.UtcNow, "t1", "USD", 10.5m);
        var serializer = _system.Serialization.FindSerializerFor(credited);
        var manifest = Akka.Serialization.Serialization.ManifestFor(serializer, credited);
        var bytes = serializer.ToBinary(credited);

        Assert.Equal("acct.deposited.v2", manifest);
        Assert.Equal(credited, _system.Serialization.Deserialize(bytes, HiveJsonSerializer.SerializerId, manifest));
    }
}
