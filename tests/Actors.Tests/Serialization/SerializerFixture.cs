using Akka.Actor;
using Hive.Actors.Serialization;

namespace Hive.Actors.Tests.Serialization;

/// <summary>A plain local actor system, only so the serializer has the <see cref="ExtendedActorSystem"/> it is built with.</summary>
public sealed class SerializerFixture : IDisposable
{
    public SerializerFixture()
    {
        System = (ExtendedActorSystem)ActorSystem.Create("ser-test");
        Serializer = new HiveJsonSerializer(System);
    }

    public ExtendedActorSystem System { get; }

    public HiveJsonSerializer Serializer { get; }

    public void Dispose() => System.Terminate().Wait(TimeSpan.FromSeconds(10));
}
