namespace Hive.Core.Risk;

public sealed record KillSwitchReleased(string EventId, DateTime OccurredAt, DateTime RecordedAt, KillSwitchScope Scope, string By, string Reason)
    : IKillSwitchEvent;
