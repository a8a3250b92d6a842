namespace Hive.Core.Security;

public sealed record UserRevoked(string EventId, DateTime OccurredAt, DateTime RecordedAt, UserName Name, string By) : IUserDirectoryEvent;
