using Hive.Core.Domain;
using Hive.Core.Ids;

namespace Hive.Core.Algos.Instances;

/// <summary>Asks a parent order's entity for its <see cref="AlgoState"/>.</summary>
public sealed record GetAlgo(AlgoId AlgoId) : IWithAlgoId;
