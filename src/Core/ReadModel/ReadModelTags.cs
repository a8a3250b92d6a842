using Hive.Core.Accounts;
using Hive.Core.Algos.Instances;
using Hive.Core.Orders;
using Hive.Core.Strategies.Instances;

namespace Hive.Core.ReadModel;

/// <summary>
/// The journal tag the read side follows. One tag for every event it folds: a tag stream is read from its offset by
/// journal ordering, so a rarely written tag (accounts opening, strategies starting) would make every poll scan all the
/// journal written since its last event; with one tag each poll reads only what was written since the last poll.
/// </summary>
public static class ReadModelTags
{
    public const string Projected = "read-model";

    public static readonly IReadOnlyList<string> All = [Projected];

    /// <summary>The parent-order events the read side folds: those that change a parent's row.</summary>
    public static readonly IReadOnlyList<Type> ParentEvents =
        [typeof(AlgoSubmitted), typeof(ChildIssued), typeof(ChildProgressed), typeof(ChildRefused), typeof(AlgoPaused), typeof(AlgoResumed),
         typeof(AlgoCancelled), typeof(AlgoWindowClosed)];

    /// <summary>The tag an event is written with, or null for events the read side does not fold: of an account only its
    /// opening (balances are the live entity's), of a strategy its lifecycle and the orders it issued, of a parent order what
    /// changes its row (not the venue bars it observes nor the withdrawals it starts, which its list does not show). Untagged
    /// events cost the projection nothing, which matters on the order path: of a filled order's five events it reads the order's three.</summary>
    public static string? For(object @event) => @event switch
    {
        IOrderEvent or AccountOpened or StrategyStarted or StrategyStopped or StrategyOrderIssued => Projected,
        AlgoEvent when ParentEvents.Contains(@event.GetType()) => Projected,
        _ => null,
    };
}
