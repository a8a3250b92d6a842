using System.Net.Http.Json;
using Hive.Cluster.Node;
using Hive.Cluster.Tests.Dashboard;
using Npgsql;

namespace Hive.Cluster.Tests.Security;

/// <summary>
/// No write is acknowledged whose audit record a crash could still lose: the gate holds a write's response until its record is
/// stored. A node on PostgreSQL (the tests' own server) takes a deposit while the test holds a lock on <c>hive_audit</c> from a
/// connection of its own, so the record cannot be written while the journal can: the deposit is carried out, but its answer
/// waits for the lock and arrives with the record in the table. Before, the answer came at once with the record still queued
/// in the node's memory, where a SIGKILL would have lost it.
/// </summary>
public sealed class AuditDurabilitySpecs(PostgresNodeFixture node) : IClassFixture<PostgresNodeFixture>
{
    [Fact(Timeout = 120_000)]
    public async Task A_write_is_answered_only_once_its_audit_record_is_stored()
    {
        var api = new TradingApi(node);
        await api.OpenFundedAsync("AUDIT-HELD", 1_000m);
        await using var blocker = new NpgsqlConnection(node.Options.Postgres);
        await blocker.OpenAsync();
        await using var hold = await blocker.BeginTransactionAsync();
        await using (var lockTable = new NpgsqlCommand("LOCK TABLE hive_audit IN EXCLUSIVE MODE", blocker, hold))
            await lockTable.ExecuteNonQueryAsync();

        using var request = new HttpRequestMessage(HttpMethod.Post, "api/accounts/AUDIT-HELD/deposit")
        {
            Content = JsonContent.Create(new { transferId = "held-1", currency = "USD", amount = 5 }),
        };
        request.Headers.Add(AdminToken.Header, node.Token);
        var deposit = node.Http.SendAsync(request);

        // The deposit itself goes through (the account's cash moves: reads are not audited), its answer does not.
        await api.AccountWhenAsync("AUDIT-HELD", a => a.GetProperty("cash").GetProperty("USD").GetDecimal() == 1_005m, "the deposit booked");
        await Task.WhenAny(deposit, Task.Delay(TimeSpan.FromSeconds(2)));
        Assert.False(deposit.IsCompleted, "the deposit was answered while its audit record could not be stored");
        Assert.Equal(0, await StoredAsync());

        await hold.CommitAsync();
        using var answer = await deposit.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(200, (int)answer.StatusCode);
        Assert.Equal(1, await StoredAsync());
    }

    /// <summary>The deposit's records in <c>hive_audit</c>, read on a connection of the test's (not blocked by the table lock, which
    /// lets reads through).</summary>
    private async Task<long> StoredAsync()
    {
        await using var connection = new NpgsqlConnection(node.Options.Postgres);
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand(
            "SELECT count(*) FROM hive_audit WHERE path = '/api/accounts/AUDIT-HELD/deposit' AND detail LIKE '%held-1%'", connection);
        return (long)(await query.ExecuteScalarAsync())!;
    }
}
