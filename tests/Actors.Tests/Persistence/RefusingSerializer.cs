using Akka.Actor;
using Akka.Serialization;

namespace Hive.Actors.Tests.Persistence;

/// <summary>Fails on purpose: <see cref="Unserializable"/> cannot be written, <see cref="Undeserializable"/> cannot be read.</summary>
public sealed class RefusingSerializer(ExtendedActorSystem system) : SerializerWithStringManifest(system)
{
    public const int Id = 4711;

    public override int Identifier => Id;

    public override byte[] ToBinary(object obj) => obj switch
    {
        Undeserializable u => System.Text.Encoding.UTF8.GetBytes(u.Value),
        _ => throw new System.Runtime.Serialization.SerializationException($"{obj.GetType().Name} is refused on purpose"),
    };

    public override object FromBinary(byte[] bytes, string manifest) =>
        throw new System.Runtime.Serialization.SerializationException($"{manifest} cannot be read back, on purpose");

    public override string Manifest(object o) => o.GetType().Name;
}
