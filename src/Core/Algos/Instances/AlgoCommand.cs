using Hive.Core.Domain;
using Hive.Core.Ids;

namespace Hive.Core.Algos.Instances;

/// <summary>A command to a parent order's entity.</summary>
public abstract record AlgoCommand(AlgoId AlgoId) : IWithAlgoId;
