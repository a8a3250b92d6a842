using Hive.Cluster.Node;
using static Hive.Cluster.Tests.TradingApi;

namespace Hive.Cluster.Tests.Security;

/// <summary>The API's bad-input answers from the issue, each with its code: rate limits, body size, nesting, misspelt fields,
/// ids, no internals in errors, Host filtering, and no plain HTTP beyond loopback unless told.</summary>
public sealed class HardeningSpecs(ScopedAccountsFixture node) : IClassFixture<ScopedAccountsFixture>
{
    private readonly SecurityApi _security = new(node);

    [Fact]
    public async Task Two_hundred_submits_in_a_second_from_one_key_get_429_with_retry_after()
    {
        var key = await _security.AddUserAsync("sec-burst", "trader", "SEC-A");
        var sends = Enumerable.Range(0, 200).Select(async _ =>
        {
            using var request = SecurityApi.With(key, HttpMethod.Post, "api/orders", """{"accountId":"SEC-A","burst":1}""");
            using var response = await node.Http.SendAsync(request);
            return ((int)response.StatusCode, response.Headers.RetryAfter?.Delta);
        });

        var answers = await Task.WhenAll(sends);

        Assert.Contains(answers, a => a.Item1 == 429);
        Assert.All(answers.Where(a => a.Item1 == 429), a => Assert.True(a.Delta >= TimeSpan.FromSeconds(1)));
        Assert.Contains(answers, a => a.Item1 == 400);
    }

    [Fact]
    public async Task A_31_megabyte_body_is_413()
    {
        // Expect: 100-continue, as curl sends for large bodies: the node answers before the client uploads what it will refuse.
        using var request = SecurityApi.With(node.Token, HttpMethod.Post, "api/orders", new string(' ', 31 * 1024 * 1024));
        request.Headers.ExpectContinue = true;
        var reply = await node.SendAsync(request);

        Assert.Equal(413, reply.Status);
        Assert.Equal("body-too-large", Code(reply));
    }

    [Fact]
    public async Task Json_nested_a_hundred_deep_is_400()
    {
        var nested = string.Concat(Enumerable.Repeat("{\"a\":", 100)) + "1" + new string('}', 100);
        var parameters = "{\"kind\":\"sma-cross\",\"accountId\":\"SEC-A\",\"parameters\":{\"fast\":" + nested + "}}";

        var order = await _security.SendAsync(node.Token, HttpMethod.Post, "api/orders", nested);
        var strategy = await _security.SendAsync(node.Token, HttpMethod.Post, "api/strategies/sec-deep/start", parameters);
        var portfolio = await _security.SendAsync(node.Token, HttpMethod.Post, "api/portfolio/optimize", nested);

        Assert.Equal((400, "unknown-field"), (order.Status, Code(order)));
        Assert.Equal((400, "malformed-json"), (strategy.Status, Code(strategy)));
        Assert.Equal((400, "malformed-json"), (portfolio.Status, Code(portfolio)));
    }

    [Theory]
    [InlineData("..")]
    [InlineData("a/b")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public async Task Ids_that_could_be_paths_or_are_too_long_are_400_invalid_id(string id)
    {
        Assert.Equal(129, "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa".Length);

        var order = await _security.SendAsync(node.Token, HttpMethod.Post, "api/orders",
            new { clientOrderId = id, accountId = "SEC-A", instrument = "SIM:SPX", side = "buy", quantity = 1 });
        Assert.Equal((400, "invalid-id"), (order.Status, Code(order)));
        // A path of "..": the client itself resolves it away, so only the others reach a route.
        if (id == "..") return;
        var account = await _security.SendAsync(node.Token, HttpMethod.Post, $"api/accounts/{Uri.EscapeDataString(id)}/open", new { type = "cash" });
        Assert.Equal((400, "invalid-id"), (account.Status, Code(account)));
    }

    [Fact]
    public async Task A_bad_value_is_named_without_type_names_exception_text_or_paths()
    {
        var reply = await _security.SendAsync(node.Token, HttpMethod.Post, "api/orders",
            """{"clientOrderId":"sec-bad","accountId":"SEC-A","instrument":"SIM:SPX","side":"buy","quantity":"lots"}""");
        var message = reply.Body.GetProperty("message").GetString()!;

        Assert.Equal((400, "malformed-json"), (reply.Status, Code(reply)));
        Assert.Contains("$.quantity", message);
        foreach (var leak in new[] { "System.", "Hive.", "Exception", "/work", "/tmp" })
            Assert.DoesNotContain(leak, message);
    }

    [Fact]
    public async Task A_request_for_another_host_name_is_refused_on_a_loopback_node()
    {
        using var rebound = SecurityApi.With(node.Token, HttpMethod.Get, "api/cluster/members");
        rebound.Headers.Host = "evil.example";
        using var local = SecurityApi.With(node.Token, HttpMethod.Get, "api/cluster/members");
        local.Headers.Host = $"localhost:{node.Options.HttpPort}";

        var refused = await node.SendAsync(rebound);
        var answered = await node.SendAsync(local);

        Assert.Equal((400, "host-not-allowed"), (refused.Status, Code(refused)));
        Assert.Equal(200, answered.Status);
    }

    [Fact]
    public void Plain_http_beyond_loopback_needs_insecure_http()
    {
        var refused = Assert.Throws<OptionsException>(() => HttpExposure.Check(new NodeOptions { HttpBind = "0.0.0.0" }));

        Assert.Contains("--insecure-http", refused.Message);
        HttpExposure.Check(new NodeOptions { HttpBind = "0.0.0.0", InsecureHttp = true });
        HttpExposure.Check(new NodeOptions { HttpBind = "127.0.0.1" });
        Assert.Null(HttpExposure.AllowedHosts(new NodeOptions { HttpBind = "0.0.0.0", InsecureHttp = true }));
    }
}
