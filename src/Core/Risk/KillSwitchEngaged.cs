namespace Hive.Core.Risk;

public sealed record KillSwitchEngaged(string EventId, DateTime OccurredAt, DateTime RecordedAt, KillSwitch Switch) : IKillSwitchEvent;
