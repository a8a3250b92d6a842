using Hive.Core.Algos.Instances;
using Hive.Core.Ids;

namespace Hive.Core.Strategies.Instances;

/// <summary>A parent a strategy handed to an algorithm, as it is (re)submitted to the <c>algo</c> region.</summary>
public sealed record IssuedAlgo(AlgoId AlgoId, AlgoSpec Spec, decimal ArrivalPrice)
{
    public SubmitAlgo ToSubmit() => new(AlgoId, Spec, ArrivalPrice);
}
