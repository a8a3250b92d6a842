using Hive.Core.Accounts;
using Hive.Core.Orders;
using Hive.Core.Strategies.Instances;

namespace Hive.Core.ReadModel;

/// <summary>The journal tags the read side follows; each persisted event carries the one of its entity kind.</summary>
public static class ReadModelTags
{
    public const string Order = "order";
    public const string Account = "account";
    public const string Strategy = "strategy";

    public static readonly IReadOnlyList<string> All = [Order, Account, Strategy];

    /// <summary>The tag an event is written with, or null for events the read side does not follow (venues).</summary>
    public static string? For(object @event) => @event switch
    {
        IOrderEvent => Order,
        IAccountEvent => Account,
        StrategyEvent => Strategy,
        _ => null,
    };
}
