namespace Hive.Cluster.Tests;

public sealed class EntityApiSpecs(NodeFixture node) : IClassFixture<NodeFixture>
{
    [Fact]
    public async Task A_credit_is_applied_once_even_when_sent_twice()
    {
        const string body = """{"transferId":"dep-1","currency":"USD","amount":1000}""";
        var (first, firstBody) = await node.SendAsync(node.Post("api/accounts/API-1/credit", body));
        var (second, secondBody) = await node.SendAsync(node.Post("api/accounts/API-1/credit", body));
        var (status, account) = await node.GetAsync("api/accounts/API-1");

        Assert.Equal(200, first);
        Assert.False(firstBody.GetProperty("duplicate").GetBoolean());
        Assert.Equal(200, second);
        Assert.True(secondBody.GetProperty("duplicate").GetBoolean());
        Assert.Equal(200, status);
        Assert.Equal("API-1", account.GetProperty("accountId").GetString());
        Assert.Equal(1000m, account.GetProperty("cash").GetProperty("USD").GetDecimal());
    }

    [Theory]
    [InlineData("api/accounts/API-2/credit", "{garbage", 400, "malformed-json")]
    [InlineData("api/accounts/API-2/credit", "", 400, "malformed-json")]
    [InlineData("api/accounts/API-2/credit", """{"currency":"USD","amount":5}""", 400, "missing-field")]
    [InlineData("api/accounts/API-2/credit", """{"transferId":"x","currency":"USD","amount":-5}""", 422, "non-positive-amount")]
    [InlineData("api/accounts/API-2/credit", """{"transferId":"x","currency":"us dollars","amount":5}""", 422, "invalid-currency")]
    [InlineData("api/accounts/API-2/debit", """{"transferId":"y","currency":"USD","amount":5}""", 422, "insufficient-funds")]
    [InlineData("api/accounts/bad%20id!/credit", """{"transferId":"x","currency":"USD","amount":5}""", 400, "invalid-id")]
    [InlineData("api/orders", """{"clientOrderId":"o-bad","accountId":"A","instrument":"SPX","side":"buy","quantity":1}""", 400, "invalid-id")]
    [InlineData("api/orders", """{"clientOrderId":"o-bad","accountId":"A","instrument":"SIM:SPX","side":"hold","quantity":1}""", 400, "invalid-side")]
    [InlineData("api/orders", """{"clientOrderId":"o-bad","accountId":"A","instrument":"SIM:SPX","side":"buy","quantity":0}""", 422, "non-positive-quantity")]
    [InlineData("api/orders/never-created/cancel", "", 422, "unknown-order")]
    public async Task Bad_requests_get_a_code_naming_what_was_wrong(string path, string body, int status, string code)
    {
        var (actualStatus, error) = await node.SendAsync(node.Post(path, body));

        Assert.Equal(status, actualStatus);
        Assert.Equal(code, error.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(error.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task Writes_without_the_admin_token_are_refused()
    {
        var (status, error) = await node.SendAsync(node.Post("api/accounts/API-3/credit", """{"transferId":"t","currency":"USD","amount":5}""", withToken: false));
        var (afterStatus, _) = await node.GetAsync("api/accounts/API-3");

        Assert.Equal(401, status);
        Assert.Equal("unauthorized", error.GetProperty("code").GetString());
        Assert.Equal(404, afterStatus);
    }

    [Fact]
    public async Task An_order_is_created_once_per_client_order_id_and_can_be_cancelled()
    {
        const string order = """{"clientOrderId":"ord-7","accountId":"API-4","instrument":"SIM:SPX","side":"sell","quantity":3,"limitPrice":4100.25}""";
        var (created, _) = await node.SendAsync(node.Post("api/orders", order));
        var (repeated, repeat) = await node.SendAsync(node.Post("api/orders", order));
        var (conflict, conflictBody) = await node.SendAsync(node.Post("api/orders", order.Replace("\"quantity\":3", "\"quantity\":4")));
        var (cancelled, _) = await node.SendAsync(node.Post("api/orders/ord-7/cancel", """{"reason":"test"}"""));
        var (_, state) = await node.GetAsync("api/orders/ord-7");

        Assert.Equal(200, created);
        Assert.Equal(200, repeated);
        Assert.True(repeat.GetProperty("duplicate").GetBoolean());
        Assert.Equal(422, conflict);
        Assert.Equal("duplicate-client-order-id", conflictBody.GetProperty("code").GetString());
        Assert.Equal(200, cancelled);
        Assert.Equal("SIM:SPX", state.GetProperty("instrumentId").GetString());
        Assert.Equal(3m, state.GetProperty("quantity").GetDecimal());
        Assert.Equal("test", state.GetProperty("cancelReason").GetString());
    }

    [Fact]
    public async Task Instruments_and_strategies_round_trip_through_the_api()
    {
        var (priced, _) = await node.SendAsync(node.Post("api/instruments/SIM:SPX/price", """{"price":4321.5,"at":"2020-01-02T21:00:00Z"}"""));
        var (older, olderBody) = await node.SendAsync(node.Post("api/instruments/SIM:SPX/price", """{"price":1,"at":"2020-01-01T21:00:00Z"}"""));
        var (started, _) = await node.SendAsync(node.Post("api/strategies/s-1/start", """{"kind":"sma-cross","accountId":"API-5","parameters":{"fast":"10"}}"""));
        var (_, instrument) = await node.GetAsync("api/instruments/SIM:SPX");
        var (_, strategy) = await node.GetAsync("api/strategies/s-1");
        var (stopped, _) = await node.SendAsync(node.Post("api/strategies/s-1/stop", ""));

        Assert.Equal(200, priced);
        Assert.Equal(200, older);
        Assert.True(olderBody.GetProperty("duplicate").GetBoolean());
        Assert.Equal(4321.5m, instrument.GetProperty("lastPrice").GetDecimal());
        Assert.Equal(200, started);
        Assert.True(strategy.GetProperty("running").GetBoolean());
        Assert.Equal("10", strategy.GetProperty("parameters").GetProperty("fast").GetString());
        Assert.Equal(200, stopped);
    }
}
