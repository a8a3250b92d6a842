using System.Text.Json;
using Hive.Cluster.Dashboard;
using Hive.TestSupport;

namespace Hive.Cluster.Tests;

public sealed class StatusEndpointSpecs(NodeFixture node) : IClassFixture<NodeFixture>
{
    [Fact]
    public async Task Live_and_ready_report_a_started_one_node_cluster()
    {
        var (liveStatus, _) = await node.GetAsync("health/live");
        var (readyStatus, ready) = await node.GetAsync("health/ready");

        Assert.Equal(200, liveStatus);
        Assert.Equal(200, readyStatus);
        Assert.True(ready.GetProperty("ready").GetBoolean());
        Assert.Equal("Up", ready.GetProperty("memberStatus").GetString());
        Assert.True(ready.GetProperty("journalReachable").GetBoolean());
    }

    [Fact]
    public async Task Members_lists_this_node_as_an_up_leader()
    {
        var (status, view) = await node.GetAsync("api/cluster/members");

        Assert.Equal(200, status);
        var member = Assert.Single(view.GetProperty("members").EnumerateArray());
        Assert.Equal($"akka.tcp://hive@127.0.0.1:{node.Options.Port}", member.GetProperty("address").GetString());
        Assert.Equal("Up", member.GetProperty("status").GetString());
        Assert.True(member.GetProperty("isLeader").GetBoolean());
        Assert.Contains("node", member.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Shards_counts_the_entities_each_region_hosts()
    {
        await node.SendAsync(node.Post("api/accounts/SHARD-A/open", "{}"));
        await node.SendAsync(node.Post("api/accounts/SHARD-B/open", "{}"));

        var (status, view) = await node.GetAsync("api/cluster/shards");

        Assert.Equal(200, status);
        var regions = view.GetProperty("regions").EnumerateArray().ToDictionary(r => r.GetProperty("region").GetString()!);
        Assert.Equal(["account", "algo", "instrument", "kill-switches", "order", "strategy", "users"], regions.Keys.Order());
        Assert.True(regions["account"].GetProperty("entities").GetInt32() >= 2);
        var perNode = Assert.Single(regions["account"].GetProperty("nodes").EnumerateArray());
        Assert.Equal(regions["account"].GetProperty("entities").GetInt32(), perNode.GetProperty("entities").GetInt32());
    }

    [Fact]
    public async Task An_unknown_endpoint_is_a_404_with_a_reason()
    {
        var (status, body) = await node.GetAsync("api/nothing-here");

        Assert.Equal(404, status);
        Assert.Equal("unknown-endpoint", body.GetProperty("code").GetString());
    }
}

public sealed class DashboardSpecs(NodeFixture node) : IClassFixture<NodeFixture>
{
    [Fact]
    public async Task The_dashboard_page_and_its_modules_are_served()
    {
        var response = await node.Http.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();
        var overview = await node.Http.GetAsync($"/dashboard/{DashboardAssets.Version}/overview.js");
        var script = await overview.Content.ReadAsStringAsync();
        var charts = await node.Http.GetAsync($"/dashboard/{DashboardAssets.Version}/lightweight-charts.mjs");
        var (missing, missingError) = await node.GetAsync("dashboard/nowhere.js");
        var (status, data) = await node.GetAsync("api/data/status");

        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Contains($"\"/dashboard/{DashboardAssets.Version}/app.js\"", html);
        Assert.Equal("text/javascript", overview.Content.Headers.ContentType?.MediaType);
        Assert.Equal(await File.ReadAllTextAsync(RepositoryRoot.Combine("src", "Cluster", "Dashboard", "overview.js")), script);
        Assert.Equal(("text/javascript", true), (charts.Content.Headers.ContentType?.MediaType, (await charts.Content.ReadAsStringAsync()).Contains("createChart")));
        Assert.Equal((404, "unknown-asset"), (missing, missingError.GetProperty("code").GetString()));
        Assert.Equal(200, status);
        Assert.Equal("disabled", data.GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_files_the_page_names_are_kept_by_the_browser_and_the_page_itself_never_is()
    {
        var page = await node.Http.GetAsync("/");
        var named = await node.Http.GetAsync($"/dashboard/{DashboardAssets.Version}/app.js");
        var unversioned = await node.Http.GetAsync("/dashboard/app.js");
        var otherBuild = await node.Http.GetAsync("/dashboard/0123456789ABCDEF/app.js");
        using var revalidate = new HttpRequestMessage(HttpMethod.Get, "/dashboard/app.js");
        revalidate.Headers.IfNoneMatch.Add(unversioned.Headers.ETag!);
        var notModified = await node.Http.SendAsync(revalidate);

        Assert.Equal("no-store", page.Headers.CacheControl?.ToString());
        Assert.Equal((true, TimeSpan.FromDays(365)), (named.Headers.CacheControl!.Public, named.Headers.CacheControl.MaxAge));
        Assert.Contains("immutable", named.Headers.CacheControl.ToString());
        // Without the version, or under another build's, a file is revalidated: an older page never keeps this build's file as its own.
        Assert.All(new[] { unversioned, otherBuild }, r => Assert.True(r.Headers.CacheControl!.NoCache));
        Assert.Equal(await named.Content.ReadAsStringAsync(), await otherBuild.Content.ReadAsStringAsync());
        Assert.Equal(System.Net.HttpStatusCode.NotModified, notModified.StatusCode);
    }

    [Fact]
    public async Task The_page_carries_who_is_signed_in_as_api_session_answers_it()
    {
        var anonymous = await (await node.Http.GetAsync("/")).Content.ReadAsStringAsync();
        var signedIn = await (await node.Http.SendAsync(Security.SecurityApi.With(node.Token, HttpMethod.Get, "/"))).Content.ReadAsStringAsync();
        var (_, session) = await node.SendAsync(Security.SecurityApi.With(node.Token, HttpMethod.Get, "api/session"));

        Assert.Contains("const known = {\"signedIn\":false};", anonymous);
        Assert.Contains($"const known = {session.GetRawText()};", signedIn);
        Assert.Equal(("admin", true), (session.GetProperty("role").GetString(), session.GetProperty("signedIn").GetBoolean()));
        Assert.DoesNotContain("{{session}}", signedIn);
    }
}
