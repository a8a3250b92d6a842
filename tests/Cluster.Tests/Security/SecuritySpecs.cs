using System.Net;
using Hive.Cluster.Node;
using static Hive.Cluster.Tests.TradingApi;

namespace Hive.Cluster.Tests.Security;

/// <summary>Keys, roles and account scopes through the real node: who gets 401, who gets 403, what a scoped key sees.</summary>
public sealed class SecuritySpecs(ScopedAccountsFixture node) : IClassFixture<ScopedAccountsFixture>
{
    private readonly SecurityApi _security = new(node);
    private readonly string _trader = node.TraderKey;
    private readonly string _viewer = node.ViewerKey;

    [Fact]
    public async Task No_key_or_an_empty_key_is_401_while_health_stays_open()
    {
        var none = await _security.GetAsync(null, "api/orders");
        var empty = await _security.GetAsync("", "api/orders");
        var ready = await _security.GetAsync(null, "health/live");

        Assert.Equal(401, none.Status);
        Assert.Equal("unauthorized", Code(none));
        Assert.Equal(401, empty.Status);
        Assert.Equal(200, ready.Status);
    }

    [Fact]
    public async Task A_viewer_submitting_an_order_is_403()
    {
        var reply = await _security.SendAsync(_viewer, HttpMethod.Post, "api/orders",
            new { clientOrderId = "sec-viewer-1", accountId = "SEC-A", instrument = "SIM:SPX", side = "buy", quantity = 1 });

        Assert.Equal(403, reply.Status);
        Assert.Equal("forbidden", Code(reply));
        Assert.Equal(404, (await node.GetAsync("api/orders/sec-viewer-1")).Status);
    }

    [Fact]
    public async Task A_trader_reading_another_accounts_order_gets_the_same_403_as_for_one_that_does_not_exist()
    {
        var other = await _security.GetAsync(_trader, "api/orders/sec-b-1");
        var missing = await _security.GetAsync(_trader, "api/orders/sec-nobody");
        var own = await _security.GetAsync(_trader, "api/orders/sec-a-1");
        var account = await _security.GetAsync(_trader, "api/accounts/SEC-B");

        Assert.Equal(200, own.Status);
        Assert.Equal(403, other.Status);
        Assert.Equal(403, missing.Status);
        Assert.Equal(other.Body.GetProperty("message").GetString(), missing.Body.GetProperty("message").GetString());
        Assert.Equal(403, account.Status);
    }

    [Fact]
    public async Task A_traders_lists_hold_only_its_accounts()
    {
        var orders = await _security.GetAsync(_trader, "api/orders?limit=1000");
        var fills = await _security.GetAsync(_trader, "api/fills?limit=1000");
        var asked = await _security.GetAsync(_trader, "api/orders?account=SEC-B");
        var all = await node.GetAsync("api/orders?limit=1000");

        Assert.Equal(200, orders.Status);
        var accounts = orders.Body.GetProperty("orders").EnumerateArray().Select(o => o.GetProperty("accountId").GetString()).Distinct().ToList();
        Assert.Equal(["SEC-A"], accounts);
        Assert.Equal(200, fills.Status);
        Assert.All(fills.Body.GetProperty("fills").EnumerateArray(), f => Assert.Equal("SEC-A", f.GetProperty("accountId").GetString()));
        Assert.Equal(403, asked.Status);
        Assert.Contains(all.Body.GetProperty("orders").EnumerateArray(), o => o.GetProperty("accountId").GetString() == "SEC-B");
    }

    [Fact]
    public async Task A_trader_cannot_cancel_replace_or_submit_for_another_account_but_can_for_its_own()
    {
        var cancel = await _security.SendAsync(_trader, HttpMethod.Post, "api/orders/sec-b-1/cancel", new { reason = "not mine" });
        var replace = await _security.SendAsync(_trader, HttpMethod.Post, "api/orders/sec-b-1/replace", new { quantity = 2 });
        var submit = await _security.SendAsync(_trader, HttpMethod.Post, "api/orders",
            new { clientOrderId = "sec-t-b", accountId = "SEC-B", instrument = "SIM:SPX", side = "buy", quantity = 1, limitPrice = 1 });
        var twice = await _security.SendAsync(_trader, HttpMethod.Post, "api/orders",
            """{"clientOrderId":"sec-t-b2","accountId":"SEC-A","AccountId":"SEC-B","instrument":"SIM:SPX","side":"buy","quantity":1,"limitPrice":1}""");
        var mine = await _security.SendAsync(_trader, HttpMethod.Post, "api/orders",
            new { clientOrderId = "sec-t-a", accountId = "SEC-A", instrument = "SIM:SPX", side = "buy", quantity = 1, limitPrice = 1 });

        Assert.Equal([403, 403, 403, 403], new[] { cancel.Status, replace.Status, submit.Status, twice.Status });
        Accepted(mine);
        Assert.NotEqual("Cancelled", (await node.GetAsync("api/orders/sec-b-1")).Body.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_revoked_key_is_401_and_a_rotated_key_replaces_the_old_one()
    {
        var name = $"temp-{Guid.NewGuid():N}";
        var key = await _security.AddUserAsync(name, "viewer", "SEC-A");
        Assert.Equal(200, (await _security.GetAsync(key, "api/accounts/SEC-A")).Status);

        var rotated = await _security.SendAsync(node.Token, HttpMethod.Post, $"api/admin/users/{name}/rotate");
        var fresh = rotated.Body.GetProperty("key").GetString()!;
        Assert.Equal(401, (await _security.GetAsync(key, "api/accounts/SEC-A")).Status);
        Assert.Equal(200, (await _security.GetAsync(fresh, "api/accounts/SEC-A")).Status);

        Accepted(await _security.SendAsync(node.Token, HttpMethod.Post, $"api/admin/users/{name}/revoke"));
        Assert.Equal(401, (await _security.GetAsync(fresh, "api/accounts/SEC-A")).Status);
        var listed = await node.GetAsync("api/admin/users");
        var user = listed.Body.GetProperty("users").EnumerateArray().Single(u => u.GetProperty("name").GetString() == name);
        Assert.True(user.GetProperty("revoked").GetBoolean());
        Assert.DoesNotContain(fresh[^64..], listed.Body.ToString());
    }

    [Fact]
    public async Task A_session_cookie_works_like_the_header_and_signing_out_ends_it()
    {
        var cookies = new CookieContainer();
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = node.Http.BaseAddress };

        var wrong = await browser.PostAsync("api/session", new StringContent("""{"key":"nope"}"""));
        var signIn = await browser.PostAsync("api/session", new StringContent($$"""{"key":"{{_viewer}}"}"""));
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single();
        var read = await browser.GetAsync("api/accounts/SEC-A");
        var other = await browser.GetAsync("api/accounts/SEC-B");
        await browser.DeleteAsync("api/session");
        var after = await browser.GetAsync("api/accounts/SEC-A");

        Assert.Equal(401, (int)wrong.StatusCode);
        Assert.Equal(200, (int)signIn.StatusCode);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(200, (int)read.StatusCode);
        Assert.Equal(403, (int)other.StatusCode);
        Assert.Equal(401, (int)after.StatusCode);
    }

    [Fact]
    public async Task A_misspelt_field_is_400_unknown_field_not_a_market_order()
    {
        var reply = await _security.SendAsync(node.Token, HttpMethod.Post, "api/orders",
            """{"clientOrderId":"sec-typo","accountId":"SEC-A","instrument":"SIM:SPX","side":"buy","quantity":1,"limit_price":100}""");

        Assert.Equal(400, reply.Status);
        Assert.Equal("unknown-field", Code(reply));
        Assert.Contains("limit_price", reply.Body.GetProperty("message").GetString());
        Assert.DoesNotContain("Hive.", reply.Body.GetProperty("message").GetString());
        Assert.Equal(404, (await node.GetAsync("api/orders/sec-typo")).Status);
    }

    [Fact]
    public void The_data_folder_the_bootstrap_key_and_the_journal_are_readable_by_their_owner_only()
    {
        var dir = Directory.CreateTempSubdirectory("hive-perm-").FullName;
        try
        {
            var data = Path.Combine(dir, "data");
            var first = AdminToken.Resolve(null, null, CreateSecured(data));
            AdminToken.SecureJournalFile(Path.Combine(data, NodeOptions.JournalFileName));

            Assert.Equal(first, AdminToken.Resolve(null, null, data));
            Assert.Equal(AdminToken.OwnerOnlyFolder, File.GetUnixFileMode(data));
            Assert.Equal(AdminToken.OwnerOnly, File.GetUnixFileMode(Path.Combine(data, AdminToken.FileName)));
            Assert.Equal(AdminToken.OwnerOnly, File.GetUnixFileMode(Path.Combine(data, NodeOptions.JournalFileName)));
            Assert.Equal(64, first.Length);
            Assert.Empty(Directory.GetFiles(data, "*.tmp"));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    private static string CreateSecured(string data)
    {
        AdminToken.SecureFolder(data);
        return data;
    }
}
