using Hive.Core.Domain;

namespace Hive.Actors.Protocol;

/// <summary>The entity persisted the command's events (or had already applied it: <see cref="Duplicate"/>).</summary>
public sealed record CommandAccepted(string Region, string EntityId, long Version, bool Duplicate) : IHiveMessage;
