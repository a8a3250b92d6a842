using Hive.Core.Domain;

namespace Hive.Core.Risk;

/// <summary>An engaged kill switch: what it covers, who engaged it, why and when. <see cref="Id"/> is the id of the event that
/// engaged it, so an account or strategy obeys each engagement once.</summary>
public sealed record KillSwitch(string Id, KillSwitchScope Scope, string By, string Reason, DateTime EngagedAt) : IHiveMessage
{
    /// <summary>The pub-sub topic engaged switches are published on, for the accounts and strategies alive to obey.</summary>
    public const string Topic = "risk.kill-switches";

    /// <summary>What an account or strategy records as the reason it halted or stopped.</summary>
    public string Because => $"kill switch ({Scope}) engaged by {By}: {Reason}";
}
