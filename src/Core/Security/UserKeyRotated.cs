namespace Hive.Core.Security;

public sealed record UserKeyRotated(string EventId, DateTime OccurredAt, DateTime RecordedAt, UserName Name, StoredKey Key, string By) : IUserDirectoryEvent;
