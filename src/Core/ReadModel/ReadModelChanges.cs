using Hive.Core.Ids;

namespace Hive.Core.ReadModel;

/// <summary>
/// What one batch of events does to the read tables: the final version of every row it changed (orders, accounts, strategies, parent orders), the fills it added,
/// and the offset each tag has reached. The store writes all of it in one transaction, so the offsets never run ahead
/// of (or behind) the rows.
/// </summary>
public sealed record ReadModelChanges(
    IReadOnlyList<OrderRow> Orders,
    IReadOnlyList<FillRow> Fills,
    IReadOnlyList<AccountRow> Accounts,
    IReadOnlyList<StrategyRow> Strategies,
    IReadOnlyList<AlgoRow> Algos,
    IReadOnlyDictionary<string, long> Offsets,
    IReadOnlyDictionary<string, DateTime> NewestEventAt,
    IReadOnlyDictionary<string, int> UnknownEvents,
    int Applied,
    int Skipped);
