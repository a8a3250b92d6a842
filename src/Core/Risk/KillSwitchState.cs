using System.Collections.Immutable;
using Hive.Core.Domain;

namespace Hive.Core.Risk;

/// <summary>
/// The cluster's kill switches: one register for the whole cluster (entity <see cref="EntityId"/>), persisted, so a
/// cluster-wide switch holds across any node's death. Holds the switches engaged now, keyed by scope (bounded by the
/// accounts and strategies killed and not released). Pure.
/// </summary>
public sealed record KillSwitchState(long Version, ImmutableDictionary<string, KillSwitch> Engaged)
    : IAggregate<KillSwitchState, IKillSwitchCommand, IKillSwitchEvent>, IEntityState
{
    public const string EntityId = "cluster";

    public static KillSwitchState Empty { get; } = new(0, ImmutableDictionary<string, KillSwitch>.Empty);

    /// <summary>Stays up while a switch is engaged, so after failover it comes back and enforces it again.</summary>
    public bool CanPassivate => Engaged.IsEmpty;

    /// <summary>The cluster-wide switch, if engaged.</summary>
    public KillSwitch? Cluster => Engaged.GetValueOrDefault(KillSwitchScope.Cluster.ToString());

    public Decision<IKillSwitchEvent> Decide(IKillSwitchCommand command, DateTime utcNow) => command switch
    {
        EngageKillSwitch c when Invalid(c.Scope, c.By, c.Reason) is { } invalid => Decision<IKillSwitchEvent>.Reject(TradingRejections.InvalidKillSwitch, invalid),
        EngageKillSwitch c when Engaged.TryGetValue(c.Scope.ToString(), out var on) => Decision<IKillSwitchEvent>.Reject(TradingRejections.KillSwitchEngaged,
            $"the kill switch of {c.Scope} is already engaged (by {on.By} at {on.EngagedAt:O}: {on.Reason}); nothing changed"),
        EngageKillSwitch c => Decision<IKillSwitchEvent>.Accept(new KillSwitchEngaged(NextEventId(), utcNow, utcNow,
            new KillSwitch(NextEventId(), c.Scope, c.By.Trim(), c.Reason.Trim(), utcNow))),
        ReleaseKillSwitch c when Invalid(c.Scope, c.By, c.Reason) is { } invalid => Decision<IKillSwitchEvent>.Reject(TradingRejections.InvalidKillSwitch, invalid),
        ReleaseKillSwitch c when !Engaged.ContainsKey(c.Scope.ToString()) => Decision<IKillSwitchEvent>.Reject(TradingRejections.KillSwitchNotEngaged,
            $"the kill switch of {c.Scope} is not engaged: nothing to release"),
        ReleaseKillSwitch c => Decision<IKillSwitchEvent>.Accept(new KillSwitchReleased(NextEventId(), utcNow, utcNow, c.Scope, c.By.Trim(), c.Reason.Trim())),
        _ => Decision<IKillSwitchEvent>.Reject(TradingRejections.InvalidTransition, $"the kill switches do not understand {command.GetType().Name}"),
    };

    public KillSwitchState Apply(IKillSwitchEvent @event) => @event switch
    {
        KillSwitchEngaged e => new(Version + 1, Engaged.SetItem(e.Switch.Scope.ToString(), e.Switch)),
        KillSwitchReleased e => new(Version + 1, Engaged.Remove(e.Scope.ToString())),
        _ => this,
    };

    private static string? Invalid(KillSwitchScope scope, string by, string reason) =>
        scope.Account is not null && scope.Strategy is not null ? "a kill switch covers the cluster, one account or one strategy, not an account and a strategy at once"
        : string.IsNullOrWhiteSpace(reason) ? "a kill switch needs a reason"
        : string.IsNullOrWhiteSpace(by) ? "a kill switch needs who engages it (by)"
        : null;

    private string NextEventId() => $"kill-switches#{Version + 1}";
}
