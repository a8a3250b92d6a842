using Hive.Core.Ids;
using Hive.Core.Orders;

namespace Hive.Core.ReadModel;

/// <summary>A page of orders, newest first by submission time: every filter that is set must match.
/// <see cref="From"/> is inclusive, <see cref="To"/> exclusive. <see cref="AnyOf"/> limits the page to those accounts (the
/// accounts of the key that asks), null to none.</summary>
public sealed record OrderQuery(
    AccountId? Account = null, InstrumentId? Instrument = null, OrderStatus? Status = null, StrategyId? Strategy = null,
    DateTime? From = null, DateTime? To = null, PageCursor? Before = null, int Limit = 100, IReadOnlyCollection<AccountId>? AnyOf = null);
