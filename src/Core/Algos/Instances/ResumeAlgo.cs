using Hive.Core.Ids;

namespace Hive.Core.Algos.Instances;

/// <summary>Carries on a paused parent (paused by its owner or by a refused child); what became due meanwhile goes at once.</summary>
public sealed record ResumeAlgo(AlgoId AlgoId) : AlgoCommand(AlgoId);
