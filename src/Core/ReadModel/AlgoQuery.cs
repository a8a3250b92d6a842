using Hive.Core.Algos;
using Hive.Core.Ids;

namespace Hive.Core.ReadModel;

/// <summary>A page of parent orders, newest first by submission time: every filter that is set must match (<see cref="Type"/>:
/// the algorithm's catalog name). <see cref="From"/> is inclusive, <see cref="To"/> exclusive. <see cref="AnyOf"/> limits the
/// page to those accounts (the accounts of the key that asks), null to none.</summary>
public sealed record AlgoQuery(
    AccountId? Account = null, InstrumentId? Instrument = null, ParentStatus? Status = null, string? Type = null,
    DateTime? From = null, DateTime? To = null, PageCursor? Before = null, int Limit = 100, IReadOnlyCollection<AccountId>? AnyOf = null);
