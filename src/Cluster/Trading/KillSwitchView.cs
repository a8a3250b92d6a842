using Hive.Core.Risk;

namespace Hive.Cluster.Trading;

/// <summary>One engaged kill switch as <c>GET /api/risk/kill-switches</c> shows it.</summary>
public sealed record KillSwitchView(string Scope, string? Account, string? Strategy, string By, string Reason, DateTime EngagedAt, string Id)
{
    public static KillSwitchView From(KillSwitch kill) =>
        new(kill.Scope.ToString(), kill.Scope.Account?.Value, kill.Scope.Strategy?.Value, kill.By, kill.Reason, kill.EngagedAt, kill.Id);
}
