using Hive.Core.Ids;

namespace Hive.Core.ReadModel;

/// <summary>A page of fills, newest first by execution time: every filter that is set must match (<see cref="AnyOf"/>: one of
/// those accounts).</summary>
public sealed record FillQuery(
    AccountId? Account = null, InstrumentId? Instrument = null, ClientOrderId? Order = null, PageCursor? Before = null, int Limit = 100,
    IReadOnlyCollection<AccountId>? AnyOf = null);
