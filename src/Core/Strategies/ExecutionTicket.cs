using Hive.Core.Domain;
using Hive.Core.Ids;

namespace Hive.Core.Strategies;

/// <summary>The answer to <see cref="IStrategyContext.Execute"/>: the parent's algo id, and the rejection if it was refused
/// on the spot (bad parameters, with the catalog's message; no market price).</summary>
public sealed record ExecutionTicket(AlgoId AlgoId, Rejection? Rejection)
{
    public bool IsRejected => Rejection is not null;
}
