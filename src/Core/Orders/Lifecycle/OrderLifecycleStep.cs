namespace Hive.Core.Orders.Lifecycle;

/// <summary>One step of an order's life: when it was recorded, what happened (<see cref="Event"/>: <c>submitted</c>,
/// <c>accepted</c>, <c>filled</c>, ..., or <c>refused-request</c> for an API request the node refused), the status it left the
/// order in, who caused it (<see cref="By"/>: the user and role of the API key, a strategy, the venue, the account's risk
/// check, or the node for cancels of halts and kill switches) and why (<see cref="Detail"/>: sizes, prices, codes, reasons).</summary>
public sealed record OrderLifecycleStep(DateTime At, string Event, string Status, string By, string Detail);
