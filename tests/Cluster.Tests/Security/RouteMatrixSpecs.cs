using System.Text.Json;
using Hive.Cluster.Security;
using Hive.Core.Security;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Hive.Cluster.Tests.Security;

/// <summary>
/// Every route of the running node against every role: 401 without a key, 403 for a role the route's policy does not allow
/// or (viewers, traders) another account's object, and anything but 401/403 for the right role and account. The routes come
/// from the app's own route table, so a new endpoint is checked the moment it is mapped, and one without a declared policy
/// fails. Writes are probed with a body holding a field no request has, so the right role gets a 400 and nothing changes.
/// </summary>
public sealed class RouteMatrixSpecs(ScopedAccountsFixture node) : IClassFixture<ScopedAccountsFixture>
{
    private sealed record Route(string Method, string Pattern, ApiPolicy? Policy)
    {
        public override string ToString() => $"{Method} {Pattern}";
    }

    private IReadOnlyList<Route> Routes() =>
        [.. node.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => !e.RoutePattern.RawText!.Contains('*'))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(m => new Route(m, "/" + e.RoutePattern.RawText!.TrimStart('/'), e.Metadata.GetMetadata<ApiPolicy>())))
            // Rebuilding the read side empties the tables the object checks read, so it is probed last.
            .OrderBy(r => r.Pattern.Contains("rebuild", StringComparison.Ordinal)).ThenBy(r => r.Pattern, StringComparer.Ordinal)];

    [Fact]
    public void Every_route_declares_an_access_policy()
    {
        var routes = Routes();
        var undeclared = routes.Where(r => r.Policy is null).Select(r => r.ToString()).ToList();

        Assert.True(routes.Count > 40, $"only {routes.Count} routes found");
        Assert.True(undeclared.Count == 0, "routes without RequireAccess: " + string.Join(", ", undeclared));
    }

    [Fact]
    public async Task Every_route_answers_every_role_as_its_policy_says()
    {
        var security = new SecurityApi(node);
        var keys = new Dictionary<ApiRole, string>();
        foreach (var role in Enum.GetValues<ApiRole>())
            keys[role] = await security.AddUserAsync($"matrix-{RoleNames.Of(role)}", RoleNames.Of(role),
                role is ApiRole.Viewer or ApiRole.Trader ? ["SEC-A"] : []);
        var wrong = new List<string>();
        var probed = 0;

        foreach (var route in Routes().Where(r => r.Policy is not null))
            foreach (var own in new[] { true, false })
            {
                var (path, body) = Request(route, own);
                var anonymous = await StatusAsync(null, route.Method, path, body);
                if (route.Policy!.Access == ApiAccess.Open ? anonymous is 401 or 403 : anonymous != 401)
                    wrong.Add($"{route} ({path}) without a key: {anonymous}");
                foreach (var (role, key) in keys)
                {
                    var refused = !ApiPolicy.Allows(role, route.Policy.Access)
                                  || (!own && role is ApiRole.Viewer or ApiRole.Trader && route.Policy.Accounts != AccountSource.None);
                    var status = await StatusAsync(key, route.Method, path, body);
                    probed++;
                    if (refused ? status != 403 : status is 401 or 403)
                        wrong.Add($"{route} ({path}) as {RoleNames.Of(role)}: {status}, expected {(refused ? "403" : "neither 401 nor 403")}");
                }
            }

        Assert.True(wrong.Count == 0, $"{wrong.Count} of {probed} answers differ from the policies:\n" + string.Join("\n", wrong));
    }

    /// <summary>The path with its parameters filled (the own or the other account's object) and the probe body.</summary>
    private static (string Path, string? Body) Request(Route route, bool own)
    {
        var source = route.Policy!.Accounts;
        var account = own ? "SEC-A" : "SEC-B";
        var id = source switch
        {
            AccountSource.RouteOrder => $"{account.ToLowerInvariant()}-1",
            AccountSource.RouteStrategy => $"{account.ToLowerInvariant()}-s",
            AccountSource.RouteAlgo => $"{account.ToLowerInvariant()}-a",
            _ => account,
        };
        var path = route.Pattern.Replace("{id}", id).Replace("{region}", "account").Replace("{name}", "matrix-nobody");
        if (source == AccountSource.QueryAccount) path += $"?account={account}";
        string? body = route.Method is "GET" or "DELETE" ? null
            : JsonSerializer.Serialize(source == AccountSource.BodyAccount
                ? new Dictionary<string, object> { ["accountId"] = account, ["matrixProbe"] = 1 }
                : new Dictionary<string, object> { ["matrixProbe"] = 1 });
        return (path, body);
    }

    /// <summary>The status code; 0 for a stream that is still open after two seconds (the request got past the gate: refusals
    /// are answered at once). A 429 (the key's rate budget, not an access decision) is waited out and asked again.</summary>
    private async Task<int> StatusAsync(string? key, string method, string path, string? body)
    {
        while (true)
        {
            var (status, retryAfter) = await SendOnceAsync(key, method, path, body);
            if (status != 429) return status;
            await Task.Delay(retryAfter);
        }
    }

    private async Task<(int Status, TimeSpan RetryAfter)> SendOnceAsync(string? key, string method, string path, string? body)
    {
        using var request = SecurityApi.With(key, new HttpMethod(method), path.TrimStart('/'), body);
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try
        {
            using var response = await node.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, patience.Token);
            return ((int)response.StatusCode, response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1));
        }
        catch (OperationCanceledException) when (patience.IsCancellationRequested)
        {
            return (0, TimeSpan.Zero);
        }
    }
}
