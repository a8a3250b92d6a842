using Hive.Core.Ids;

namespace Hive.Core.Algos.Instances;

/// <summary>Stops a parent for good and withdraws its working children.</summary>
public sealed record CancelAlgo(AlgoId AlgoId, string Reason) : AlgoCommand(AlgoId);
