using Hive.Actors.Hosting;
using System.Diagnostics;
using Akka.Actor;
using Akka.Persistence;
using Hive.Actors.Entities;
using Hive.Core.Ids;
using Hive.TestSupport;
using Hive.Core.Accounts;
using Hive.Core.Orders;

namespace Hive.Bench.Cluster;

/// <summary>
/// `cluster account-recovery --fills N`: an account whose journal holds N booked fills (each of its own order, each order
/// held first: 2N + 2 events, as the account entity writes them) and the snapshots the entity takes every
/// <see cref="EntitySettings.SnapshotEvery"/> events; then a fresh node, and the time from the first ask until the account
/// answers (snapshot load plus the events after it). The journal is written by a bench-only actor under the account's
/// persistence id with the same events and snapshot cadence, because pushing a million orders through the entity first
/// would measure the order path, not recovery.
/// </summary>
public static class AccountRecoveryLoad
{
    public static async Task RunAsync(string dir, int fills)
    {
        var settings = TestNode.SqliteSettings(Path.Combine(dir, "account-recovery.db"));
        var id = new AccountId("RECOVER");
        AccountState written;
        var clock = Stopwatch.StartNew();
        await using (var node = await TestNode.StartAsync(settings))
        {
            var writer = node.System.ActorOf(Props.Create(() => new JournalWriter($"{RegionNames.Account}-{id}", settings.Entities.SnapshotEvery)));
            written = await writer.Ask<AccountState>(new Write(id, fills), TimeSpan.FromHours(1));
        }
        Console.WriteLine($"account-recovery: wrote {written.Version:N0} account events ({written.FillsBooked:N0} fills) in {clock.Elapsed.TotalSeconds:0.0} s");

        await using (var node = await TestNode.StartAsync(settings with { Port = FreePort.Next() }))
        {
            await ClusterLoadGenerator.Warm(node);
            var start = Stopwatch.StartNew();
            var state = (AccountState)await node.Gateway.Ask(new GetAccount(id), TimeSpan.FromMinutes(5));
            var elapsed = start.Elapsed;
            if (state.Version != written.Version || state.CashIn("USD") != written.CashIn("USD"))
                throw new InvalidOperationException($"recovered version {state.Version} cash {state.CashIn("USD")}, wrote {written.Version} / {written.CashIn("USD")}");
            Console.WriteLine($"account-recovery: an account with {state.FillsBooked:N0} booked fills recovered in {elapsed.TotalMilliseconds:N0} ms " +
                              $"(snapshot every {settings.Entities.SnapshotEvery} events; {state.ClosedHolds.Keys.Count:N0} closed holds remembered)");
        }
    }

    private sealed record Write(AccountId Account, int Fills);

    /// <summary>Persists what the account entity would: opened, a deposit, then per order a hold and its fill; snapshots as the entity does.</summary>
    private sealed class JournalWriter : ReceivePersistentActor
    {
        private const int Batch = 1000;
        private readonly int _snapshotEvery;
        private AccountState _state = AccountState.Empty(new AccountId("none"));
        private IActorRef? _asker;
        private int _left;
        private int _next;
        private long _snapshotAt;

        public JournalWriter(string persistenceId, int snapshotEvery)
        {
            PersistenceId = persistenceId;
            _snapshotEvery = snapshotEvery;
            RecoverAny(_ => { });
            Command<Write>(w =>
            {
                _asker = Sender;
                _left = w.Fills;
                _state = AccountState.Empty(w.Account);
                var t = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
                PersistBatch([
                    new AccountOpened($"{w.Account}#1", w.Account, t, t, AccountType.Cash, 1m),
                    new FundsDeposited($"{w.Account}#2", w.Account, t, t, "seed", "USD", 1_000_000_000m),
                ]);
            });
            Command<SaveSnapshotSuccess>(_ => { });
            Command<SaveSnapshotFailure>(f => throw f.Cause);
        }

        public override string PersistenceId { get; }

        private void PersistBatch(IReadOnlyList<IAccountEvent> events)
        {
            var remaining = events.Count;
            PersistAll(events, e =>
            {
                _state = _state.Apply(e);
                if (_state.Version - _snapshotAt >= _snapshotEvery)
                {
                    _snapshotAt = _state.Version;
                    SaveSnapshot(_state);
                }
                if (--remaining == 0) Continue();
            });
        }

        private void Continue()
        {
            if (_left == 0)
            {
                _asker!.Tell(_state);
                return;
            }
            var events = new List<IAccountEvent>(2 * Batch);
            var account = _state.AccountId;
            var t = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            for (var k = 0; k < Batch && _left > 0; k++, _left--)
            {
                var n = _next++;
                var order = new ClientOrderId($"o-{n}");
                var side = n % 2 == 0 ? OrderSide.Buy : OrderSide.Sell;
                var version = _state.Version + events.Count;
                events.Add(new BuyingPowerReserved($"{account}#{version + 1}", account, t, t,
                    new Reservation(order, new InstrumentId("SIM", "SPX"), "USD", side, 1m, side == OrderSide.Buy ? 101m : 0m)));
                events.Add(new ExecutionBooked($"{account}#{version + 2}", account, t, t,
                    new Execution(new TradeId($"{order}-1"), order, account, new InstrumentId("SIM", "SPX"), side, 1m, 100m, "USD", 0.01m, "USD",
                        LiquiditySide.Taker, t.AddSeconds(n))));
            }
            PersistBatch(events);
        }
    }
}
