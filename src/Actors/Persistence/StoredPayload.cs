using Akka.Actor;
using AkkaSerialization = Akka.Serialization.Serialization;

namespace Hive.Actors.Persistence;

/// <summary>A payload as the tables keep it: Akka serializer id, the serializer's manifest and the bytes.</summary>
internal readonly record struct StoredPayload(int SerializerId, string Manifest, byte[] Bytes)
{
    /// <summary>Serializes with the actor system's bindings; with transport information so that actor
    /// references inside (sharding's coordinator state) keep the node's address.</summary>
    public static StoredPayload From(ExtendedActorSystem system, object payload) =>
        AkkaSerialization.WithTransport(system, payload, p =>
        {
            var serializer = system.Serialization.FindSerializerFor(p);
            return new StoredPayload(serializer.Identifier, AkkaSerialization.ManifestFor(serializer, p), serializer.ToBinary(p));
        });

    public object ToObject(ExtendedActorSystem system) => system.Serialization.Deserialize(Bytes, SerializerId, Manifest);
}
