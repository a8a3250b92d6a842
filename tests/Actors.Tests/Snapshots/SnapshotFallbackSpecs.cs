using Hive.Actors.Hosting;
using Akka.Actor;
using Akka.Persistence;
using Hive.Actors.Diagnostics;
using Hive.Actors.Protocol;
using Hive.Core.Ids;
using Hive.Core.OrderFlow;
using Hive.TestSupport;
using Hive.Core.Accounts;
using Hive.Core.Orders;

namespace Hive.Actors.Tests.Snapshots;

/// <summary>
/// An entity whose snapshot cannot be used: before, a snapshot of the wrong type was skipped silently while replay
/// started after its sequence number (so the state came back wrong), and an unreadable one kept the entity down for
/// ever. Now the recovery fails loudly once, is counted, and the next incarnation recovers from an older snapshot or
/// from the events, which are never deleted.
/// </summary>
public sealed class SnapshotFallbackSpecs : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("hive-snapfallback-").FullName;

    [Fact]
    public async Task A_snapshot_of_the_wrong_type_fails_loudly_and_the_entity_recovers_from_its_events()
    {
        var settings = TestNode.SqliteSettings(Path.Combine(_dir, "wrong.db"));
        var id = new AccountId("WRONG-SNAP");
        await using (var node = await TestNode.StartAsync(settings))
        {
            Assert.IsType<CommandAccepted>(await node.Gateway.Ask(new OpenAccount(id, AccountType.Cash)));
            for (var i = 1; i <= 3; i++) Assert.IsType<CommandAccepted>(await node.Gateway.Ask(new DepositFunds(id, $"t{i}", "USD", 100m)));
        }

        await using (var node = await TestNode.StartAsync(settings with { Port = FreePort.Next() }))
        {
            // Something else wrote a snapshot under the account's persistence id, at its last sequence number.
            var writer = node.System.ActorOf(Props.Create(() => new ForeignSnapshotWriter($"account-{id}")));
            Assert.Equal(4L, await writer.Ask<long>(ForeignSnapshotWriter.Write.Instance, TimeSpan.FromSeconds(10)));
            await writer.GracefulStop(TimeSpan.FromSeconds(5));
            var skippedBefore = HiveCounters.Get("snapshot-skipped/account");

            var state = await RecoveredAsync(node, id);

            Assert.Equal(300m, state.CashIn("USD"));
            Assert.Equal(4, state.Version);
            Assert.True(HiveCounters.Get("snapshot-skipped/account") > skippedBefore, "the skipped snapshot is counted");
        }
    }

    [Fact]
    public async Task An_unreadable_snapshot_fails_once_and_the_entity_recovers_from_its_events()
    {
        var db = Path.Combine(_dir, "corrupt.db");
        var settings = TestNode.SqliteSettings(db);
        settings = settings with { Entities = settings.Entities with { SnapshotEvery = 2 } };
        var id = new AccountId("CORRUPT-SNAP");
        await using (var node = await TestNode.StartAsync(settings))
        {
            Assert.IsType<CommandAccepted>(await node.Gateway.Ask(new OpenAccount(id, AccountType.Cash)));
            for (var i = 1; i <= 4; i++) Assert.IsType<CommandAccepted>(await node.Gateway.Ask(new DepositFunds(id, $"t{i}", "USD", 100m)));
        }

        // Every snapshot of the account is overwritten with bytes that are not JSON (a torn write, a disk error).
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "update snapshots set payload = x'00ff00ff' where persistence_id = $id";
            command.Parameters.AddWithValue("$id", $"account-{id}");
            Assert.True(command.ExecuteNonQuery() > 0, "the account should have snapshotted");
        }

        await using (var node = await TestNode.StartAsync(settings with { Port = FreePort.Next() }))
        {
            var skippedBefore = HiveCounters.Get("snapshot-skipped/account");
            var state = await RecoveredAsync(node, id);

            Assert.Equal(400m, state.CashIn("USD"));
            Assert.Equal(5, state.Version);
            Assert.True(HiveCounters.Get("snapshot-skipped/account") > skippedBefore, "the unreadable snapshot is counted");
        }
    }

    /// <summary>Asks for the account until it answers: the first incarnation fails on the snapshot and its shard starts it again.</summary>
    private static async Task<AccountState> RecoveredAsync(TestNode node, AccountId id)
    {
        AccountState? state = null;
        await Eventually.HoldsAsync(async () =>
        {
            try
            {
                state = await node.Gateway.Ask(new GetAccount(id), TimeSpan.FromSeconds(2)) as AccountState;
            }
            catch (AskTimeoutException)
            {
                // still failing over to the events
            }
            return state is not null;
        }, "the account did not come back", TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(200));
        return state!;
    }

    /// <summary>Saves a snapshot that is not an account's state under an account's persistence id.</summary>
    private sealed class ForeignSnapshotWriter : ReceivePersistentActor
    {
        private IActorRef? _asker;

        public ForeignSnapshotWriter(string persistenceId)
        {
            PersistenceId = persistenceId;
            RecoverAny(_ => { });
            Command<Write>(_ =>
            {
                _asker = Sender;
                SaveSnapshot(new VenueStatus(InstrumentId.Parse("SIM:SPX"), null, 1m, 0, 0));
            });
            Command<SaveSnapshotSuccess>(s => _asker?.Tell(s.Metadata.SequenceNr));
        }

        public override string PersistenceId { get; }

        public sealed class Write
        {
            public static readonly Write Instance = new();
        }
    }

    public void Dispose()
    {
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }
}
