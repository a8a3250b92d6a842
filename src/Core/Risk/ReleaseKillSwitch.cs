namespace Hive.Core.Risk;

/// <summary>Releases the kill switch of a scope: accounts that start later no longer halt under it. What it halted stays
/// halted, and what it stopped stays stopped, until a person resumes or restarts each.</summary>
public sealed record ReleaseKillSwitch(KillSwitchScope Scope, string By, string Reason) : IKillSwitchCommand;
