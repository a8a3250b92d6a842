using System.Text.Json;
using Hive.Cluster.Node;

namespace Hive.Cluster.Tests.Security;

/// <summary>The API as users with keys drive it: adding users (with the bootstrap admin key), and requests sent with a given
/// key, or none.</summary>
public sealed class SecurityApi(NodeFixture node)
{
    /// <summary>Adds a user and answers the key the node showed once.</summary>
    public async Task<string> AddUserAsync(string name, string role, params string[] accounts)
    {
        var (status, body) = await node.SendAsync(With(node.Token, HttpMethod.Post, "api/admin/users",
            JsonSerializer.Serialize(new { name, role, accounts }, JsonSerializerOptions.Web)));
        Assert.True(status == 200, $"adding user {name} answered {status}: {body}");
        return body.GetProperty("key").GetString()!;
    }

    public static HttpRequestMessage With(string? key, HttpMethod method, string path, string? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null) request.Content = new StringContent(body);
        if (key is not null) request.Headers.Add(AdminToken.Header, key);
        return request;
    }

    public Task<(int Status, JsonElement Body)> SendAsync(string? key, HttpMethod method, string path, object? body = null) =>
        node.SendAsync(With(key, method, path, body is null ? null : body as string ?? JsonSerializer.Serialize(body, JsonSerializerOptions.Web)));

    public Task<(int Status, JsonElement Body)> GetAsync(string? key, string path) => node.GetAsync(path, key);

    /// <summary>Opens and funds an account and places a resting limit order on it (admin), waiting until the read side has it.</summary>
    public async Task AccountWithOrderAsync(string account, string order)
    {
        var api = new TradingApi(node);
        await api.OpenFundedAsync(account, 1_000_000m);
        await api.WithoutCollarAsync(account);
        TradingApi.Accepted(await api.SubmitAsync(order, account, "buy", 1m, limitPrice: 1m));
        await api.WhenAsync($"api/orders/{order}", _ => true, $"order {order} is on the read side");
    }
}
