using Hive.Core.Accounts;
using Hive.Core.Orders;
using Hive.Core.Strategies.Instances;

namespace Hive.Core.ReadModel;

/// <summary>The journal tags the read side follows: an event it folds carries the one of its entity kind.</summary>
public static class ReadModelTags
{
    public const string Order = "order";
    public const string Account = "account";
    public const string Strategy = "strategy";

    public static readonly IReadOnlyList<string> All = [Order, Account, Strategy];

    /// <summary>The tag an event is written with, or null for events the read side does not fold: of an account only its
    /// opening (balances are the live entity's), of a strategy its lifecycle and the orders it issued. Untagged events cost
    /// the projection nothing, which matters on the order path: of a filled order's five events it reads the order's three.</summary>
    public static string? For(object @event) => @event switch
    {
        IOrderEvent => Order,
        AccountOpened => Account,
        StrategyStarted or StrategyStopped or StrategyOrderIssued => Strategy,
        _ => null,
    };
}
