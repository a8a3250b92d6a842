using Hive.Core.Domain;

namespace Hive.Core.Risk;

/// <summary>Asks for the <see cref="KillSwitchState"/>.</summary>
public sealed record GetKillSwitches : IForKillSwitches
{
    public static readonly GetKillSwitches Instance = new();
}
