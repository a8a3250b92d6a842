using System.Runtime.Serialization;
using System.Text.Json;
using Akka.Actor;
using Akka.Serialization;

namespace Hive.Actors.Serialization;

/// <summary>
/// Serializer for every persisted event, snapshot and cross-node Hive message: System.Text.Json
/// payloads under the short, stable manifests of <see cref="WireManifests"/>, so journals written by
/// one release stay readable by the next. Bound to <c>Hive.Core.Domain.IHiveSerializable</c>.
/// </summary>
public sealed class HiveJsonSerializer(ExtendedActorSystem system) : SerializerWithStringManifest(system)
{
    /// <summary>Fixed forever: it is written into journals next to each payload.</summary>
    public const int SerializerId = 4053;

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.General)
    {
        WriteIndented = false,
    };

    public override int Identifier => SerializerId;

    public override string Manifest(object o) =>
        WireManifests.ByType.TryGetValue(o.GetType(), out var manifest)
            ? manifest
            : throw new SerializationException($"{o.GetType().FullName} has no manifest in WireManifests; add one before sending or persisting it");

    public override byte[] ToBinary(object obj) => JsonSerializer.SerializeToUtf8Bytes(obj, obj.GetType(), Options);

    public override object FromBinary(byte[] bytes, string manifest) =>
        WireManifests.ByManifest.TryGetValue(manifest, out var type)
            ? JsonSerializer.Deserialize(bytes, type, Options)
              ?? throw new SerializationException($"payload for manifest '{manifest}' deserialized to null")
            : throw new SerializationException($"unknown manifest '{manifest}': written by a newer Hive release?");
}
