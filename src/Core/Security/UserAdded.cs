namespace Hive.Core.Security;

public sealed record UserAdded(string EventId, DateTime OccurredAt, DateTime RecordedAt, ApiUser User) : IUserDirectoryEvent;
