namespace Hive.Core.Domain;

/// <summary>Anything that is persisted or crosses nodes with Hive's own serializer (stable string
/// manifests, JSON payloads): commands, events, replies and entity snapshots.</summary>
public interface IHiveSerializable;
