namespace Hive.Core.Risk;

/// <summary>Engages the kill switch of a scope: every working order in it is cancelled and its strategies stop; its accounts
/// take nothing new. Refused while that scope's switch is engaged.</summary>
public sealed record EngageKillSwitch(KillSwitchScope Scope, string By, string Reason) : IKillSwitchCommand;
