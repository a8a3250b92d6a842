using Hive.Core.Domain;

namespace Hive.Actors.Protocol;

/// <summary>The entity refused the command: <see cref="Code"/> is machine-readable, <see cref="Message"/> says what was wrong.</summary>
public sealed record CommandRejected(string Region, string EntityId, string Code, string Message) : IHiveMessage;
