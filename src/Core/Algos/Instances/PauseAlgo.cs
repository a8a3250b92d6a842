using Hive.Core.Ids;

namespace Hive.Core.Algos.Instances;

/// <summary>Holds a working parent: no child is sent until it is resumed; working children carry on.</summary>
public sealed record PauseAlgo(AlgoId AlgoId, string Reason) : AlgoCommand(AlgoId);
