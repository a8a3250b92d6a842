using Hive.Actors.Protocol;
using Hive.Actors.Tests.Support;
using Hive.Core.Entities.Accounts;
using Hive.Core.Ids;

namespace Hive.Actors.Tests;

public sealed class EntityPersistenceSpecs : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("hive-test-").FullName;

    [Fact]
    public async Task Account_credits_survive_a_node_restart_on_sqlite()
    {
        var db = Path.Combine(_dir, "hive.db");
        var id = new AccountId("ACC-1");
        await using (var node = await TestNode.StartAsync(TestNode.SqliteSettings(db)))
        {
            var reply = await node.Gateway.Ask(new CreditCash(id, "t1", "USD", 1000m));
            Assert.IsType<CommandAccepted>(reply);
            var again = await node.Gateway.Ask(new CreditCash(id, "t1", "USD", 1000m));
            Assert.True(((CommandAccepted)again).Duplicate);
            await node.Gateway.Ask(new DebitCash(id, "t2", "USD", 250m));
        }

        await using (var node = await TestNode.StartAsync(TestNode.SqliteSettings(db)))
        {
            var state = (AccountState)await node.Gateway.Ask(new GetAccount(id));
            Assert.Equal(750m, state.CashIn("USD"));
            Assert.Equal(2, state.Version);
        }
    }

    public void Dispose()
    {
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }
}
