using Hive.Core.Domain;
using Hive.Core.ReadModel;

namespace Hive.Actors.ReadModel;

/// <summary>
/// The rows one projection batch wrote, published for whoever watches the read side live (the dashboard's event stream).
/// On SQLite each node projects its own journal and publishes on its own event stream; on PostgreSQL the one projection
/// (a cluster singleton) publishes under <see cref="Topic"/> through DistributedPubSub, so every node hears it.
/// </summary>
public sealed record ReadModelChanged(
    IReadOnlyList<OrderRow> Orders,
    IReadOnlyList<FillRow> Fills,
    IReadOnlyList<AccountRow> Accounts,
    IReadOnlyList<StrategyRow> Strategies) : IHiveMessage
{
    public const string Topic = "read-model-changed";

    public static ReadModelChanged? Of(ReadModelChanges changes) =>
        changes.Orders.Count + changes.Fills.Count + changes.Accounts.Count + changes.Strategies.Count == 0
            ? null
            : new ReadModelChanged(changes.Orders, changes.Fills, changes.Accounts, changes.Strategies);
}
