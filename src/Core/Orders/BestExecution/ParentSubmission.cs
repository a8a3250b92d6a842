using Hive.Core.Ids;

namespace Hive.Core.Orders.BestExecution;

/// <summary>What a best-execution report needs of a parent order, from its first journal event: its algorithm (<see cref="Kind"/>),
/// the quantity it was to work, its arrival price and when it was submitted.</summary>
public sealed record ParentSubmission(AlgoId AlgoId, string Kind, decimal Quantity, decimal ArrivalPrice, DateTime SubmittedAt);
