using Hive.Actors.ReadModel;
using Hive.Cluster.Security;
using Hive.Core.Audit;
using Hive.Core.Ids;
using Hive.Core.Security;
using Hive.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hive.Bench.Security;

/// <summary>
/// What the HTTP gate does per order, for the order benches that drive the entities directly (no HTTP): authenticate a
/// trader's key against the node's key cache (lookup and SHA-256), check role and account, and queue the audit record that
/// the node's <see cref="AuditWriter"/> chains and group-commits into the node's own database. On with
/// <c>HIVE_BENCH_SECURITY=on</c>, so `cluster orders` runs with security off and on.
/// </summary>
public sealed class OrderGate : IAsyncDisposable
{
    private readonly UserDirectoryCache _users = new();
    private readonly ApiAuthenticator _authenticator;
    private readonly AuditWriter _audit;
    private readonly string[] _keys;

    private OrderGate(TestNode node, int accounts)
    {
        _authenticator = new ApiAuthenticator("bench-bootstrap", _users);
        (var state, _keys) = Traders(accounts);
        _users.Update(state);
        _audit = new AuditWriter(new AuditStore(ReadModelDialect.For(node.Settings)), "bench-node", NullLogger<AuditWriter>.Instance);
    }

    /// <summary>A directory of <paramref name="count"/> traders, <c>trader-i</c> scoped to <c>acc-i</c>, and their keys.</summary>
    public static (UserDirectoryState Directory, string[] Keys) Traders(int count)
    {
        var state = UserDirectoryState.Empty;
        var keys = new string[count];
        for (var i = 0; i < count; i++)
        {
            var (key, stored) = ApiKeys.Generate();
            keys[i] = key;
            var decision = state.Decide(new AddUser(new UserName($"trader-{i}"), ApiRole.Trader, [new AccountId($"acc-{i}")], stored, "bench"), DateTime.UtcNow);
            state = decision.Events.Aggregate(state, (s, e) => s.Apply(e));
        }
        return (state, keys);
    }

    public static bool Enabled => Environment.GetEnvironmentVariable("HIVE_BENCH_SECURITY") is "on" or "1" or "true";

    public static async Task<OrderGate?> StartAsync(TestNode node, int accounts)
    {
        if (!Enabled) return null;
        var gate = new OrderGate(node, accounts);
        await gate._audit.StartAsync(CancellationToken.None);
        return gate;
    }

    /// <summary>Admits order <paramref name="i"/> of account <c>acc-{i % accounts}</c> as the HTTP gate would, or throws.</summary>
    public void Admit(int i, string orderId)
    {
        var account = i % _keys.Length;
        var caller = _authenticator.Verify(_keys[account]) ?? throw new InvalidOperationException("bench key refused");
        if (!ApiPolicy.Allows(caller.Role, ApiAccess.Trade) || !caller.MayActOn(new AccountId($"acc-{account}")))
            throw new InvalidOperationException("bench trader refused");
        // The HTTP gate also holds the response until the record is stored; the bench's orders do not wait for it: the CPU is the same.
        _ = _audit.Record(new AuditEntry(DateTime.UtcNow, caller.Name, "trader", "POST /api/orders", "/api/orders", orderId, 200,
            $$"""{"clientOrderId":"{{orderId}}","accountId":"acc-{{account}}","instrument":"SIMX:BTC-USDT","side":"buy","quantity":0.01}"""));
    }

    public long AuditWritten => _audit.Written;

    public async ValueTask DisposeAsync()
    {
        await _audit.StopAsync(CancellationToken.None);
        _audit.Dispose();
    }
}
