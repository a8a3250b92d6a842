using System.Collections.Frozen;
using System.Collections.Immutable;
using Hive.Actors.Diagnostics;
using Hive.Core.Ids;

namespace Hive.Cluster.Dashboard;

/// <summary>
/// The node's fan-out of live events to connected dashboards: each event is serialized once and offered to every client's
/// bounded buffer, without waiting; a client whose buffer is full loses the event and is told to resync
/// (<see cref="DashboardClient"/>). So publishing costs the same whether pages read quickly, slowly or not at all.
/// An event about one account reaches only the clients whose caller may see that account (viewers and traders see
/// their own accounts, risk and admin every one); events about no account (cluster members) reach every client.
/// A heartbeat comment every <see cref="HeartbeatInterval"/> keeps idle connections open through proxies.
/// </summary>
public sealed class DashboardHub : IDisposable
{
    public const int DefaultCapacity = 1024;

    public static readonly TimeSpan HeartbeatInterval = TimeSpan.FromSeconds(15);

    private readonly int _capacity;
    private readonly Timer _heartbeat;
    private ImmutableArray<DashboardClient> _clients = [];

    public DashboardHub(int capacity = DefaultCapacity)
    {
        _capacity = capacity;
        _heartbeat = new Timer(_ => Broadcast(DashboardFrames.Heartbeat), null, HeartbeatInterval, HeartbeatInterval);
    }

    public int Clients => _clients.Length;

    /// <param name="accounts">The accounts the page's caller may see; null for every account.</param>
    public DashboardClient Join(FrozenSet<AccountId>? accounts = null)
    {
        var client = new DashboardClient(_capacity, accounts, Remove);
        ImmutableInterlocked.Update(ref _clients, (list, c) => list.Add(c), client);
        HiveCounters.Record("dashboard/clients-joined");
        return client;
    }

    /// <summary>Offers one event to every client that may see <paramref name="account"/> (all of them when null); nothing is
    /// serialized when no such client watches.</summary>
    public void Publish(string name, object payload, AccountId? account = null)
    {
        var clients = _clients;
        if (!clients.Any(c => c.Sees(account))) return;
        var frame = DashboardFrames.Event(name, payload);
        foreach (var client in clients)
            if (client.Sees(account)) client.Offer(frame);
    }

    public void Dispose() => _heartbeat.Dispose();

    private void Broadcast(string frame)
    {
        foreach (var client in _clients) client.Offer(frame);
    }

    private void Remove(DashboardClient client) => ImmutableInterlocked.Update(ref _clients, (list, c) => list.Remove(c), client);
}
