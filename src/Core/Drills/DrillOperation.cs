namespace Hive.Core.Drills;

/// <summary>What a drill client asked the cluster to do.</summary>
public enum DrillOperationKind
{
    /// <summary>Pay cash into an account under a transfer id (applied at most once per id).</summary>
    Deposit,
    /// <summary>Submit an order under a client order id (the idempotency key).</summary>
    Submit,
    /// <summary>Ask for an order to be cancelled.</summary>
    Cancel,
}

/// <summary>How an operation ended, as the client saw it (Jepsen's vocabulary).</summary>
public enum DrillOutcome
{
    /// <summary>Acknowledged: the cluster said it is durable.</summary>
    Ok,
    /// <summary>Refused: the cluster said it did not and will not happen (a 4xx answer, or a connection refused before
    /// anything was sent).</summary>
    Fail,
    /// <summary>Unknown: timed out or cut off mid-request; it may or may not have happened.</summary>
    Info,
}

/// <summary>
/// One client operation of a drill's history: what was asked (<see cref="Key"/> is the transfer id of a deposit or the
/// client order id of a submit or cancel), which node it was sent to, when it was invoked and answered, and how it ended. Written as one JSON line
/// each; the <see cref="DrillChecker"/> proves the cluster's final state from these.
/// </summary>
public sealed record DrillOperation(
    long Seq, DrillOperationKind Kind, string AccountId, string Key, DateTime InvokedAt, DateTime CompletedAt, DrillOutcome Outcome,
    string? Detail = null, decimal? Amount = null, string? Currency = null, string? Instrument = null, string? Side = null,
    decimal? Quantity = null, decimal? LimitPrice = null, string? Node = null);
