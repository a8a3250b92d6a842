namespace Hive.Core.Drills;

/// <summary>An order as the cluster's read side holds it after a drill.</summary>
public sealed record ObservedOrder(string OrderId, string AccountId, string Status, decimal Quantity, decimal FilledQuantity);

/// <summary>A booked execution as the cluster's read side holds it; <see cref="Currency"/> is the instrument's quote currency.</summary>
public sealed record ObservedFill(string TradeId, string OrderId, string AccountId, string Instrument, string Side, decimal Quantity,
    decimal Price, string Currency, decimal Fee, string FeeCurrency);

/// <summary>An account as its entity answers after a drill: cash and deposits per currency, position quantity per instrument.</summary>
public sealed record ObservedAccount(string AccountId, IReadOnlyDictionary<string, decimal> Cash, IReadOnlyDictionary<string, decimal> Deposits,
    IReadOnlyDictionary<string, decimal> Positions);

/// <summary>An entity that lived on the node the drill took away, and whether it answered again afterwards.</summary>
public sealed record ObservedOrphan(string Region, string EntityId, bool Serves);

/// <summary>A (persistence id, sequence number) the journal holds more than once.</summary>
public sealed record JournalDuplicate(string PersistenceId, long SequenceNr, int Count);

/// <summary>A node the rest of the cluster downed during the drill (a partition's minority), and when they had.</summary>
public sealed record ObservedDowning(string Node, DateTime DownedAt);

/// <summary>The cluster's final state after a drill, read through the API and the journal, and the nodes downed on the way.</summary>
public sealed record DrillObservation(
    IReadOnlyList<ObservedOrder> Orders, IReadOnlyList<ObservedFill> Fills, IReadOnlyList<ObservedAccount> Accounts,
    IReadOnlyList<ObservedOrphan> Orphans, IReadOnlyList<JournalDuplicate> JournalDuplicates, IReadOnlyList<ObservedDowning>? Downings = null);
