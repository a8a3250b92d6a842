using Hive.Core.Domain;

namespace Hive.Core.Risk;

/// <summary>A command to the cluster's register of kill switches.</summary>
public interface IKillSwitchCommand : IForKillSwitches;
