using System.Text.Json;
using static Hive.Cluster.Tests.TradingApi;

namespace Hive.Cluster.Tests.Dashboard;

/// <summary>The read endpoints the dashboard added: the account list, the strategy catalog's descriptors, an instrument's
/// bars, with their refusals named, and the overview page's one read.</summary>
public sealed class DashboardDataEndpointSpecs(NodeFixture node) : IClassFixture<NodeFixture>
{
    private readonly TradingApi _api = new(node);

    [Fact]
    public async Task The_account_list_holds_every_opened_account_with_its_type()
    {
        await _api.OpenFundedAsync("LIST-1", 1_000m);
        Accepted(await _api.PostAsync("api/accounts/LIST-2/open", new { type = "margin", leverage = 2m }));

        var list = await _api.WhenAsync("api/accounts", l => l.GetProperty("count").GetInt32() >= 2, "lists both accounts");

        var accounts = list.GetProperty("accounts").EnumerateArray().ToDictionary(a => a.GetProperty("accountId").GetString()!, a => a.GetProperty("type").GetString());
        Assert.Equal("cash", accounts["LIST-1"]);
        Assert.Equal("margin", accounts["LIST-2"]);
    }

    [Fact]
    public async Task The_catalog_describes_each_strategy_with_its_parameters_and_which_are_required()
    {
        var (status, catalog) = await node.GetAsync("api/strategies/catalog");

        Assert.Equal(200, status);
        var sma = catalog.GetProperty("strategies").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "sma-cross");
        var parameters = sma.GetProperty("parameters").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!);
        Assert.Equal("10", parameters["fast"].GetProperty("default").GetString());
        Assert.True(parameters["instrument"].GetProperty("required").GetBoolean());
        Assert.False(string.IsNullOrWhiteSpace(sma.GetProperty("summary").GetString()));
    }

    [Fact]
    public async Task Bars_are_refused_by_name_for_a_bad_limit_interval_or_instrument()
    {
        var (badLimit, limitError) = await node.GetAsync("api/instruments/SIM:SPX/bars?limit=0");
        var (badInterval, intervalError) = await node.GetAsync("api/instruments/SIM:SPX/bars?interval=fortnightly");
        var (unknown, unknownError) = await node.GetAsync("api/instruments/SIM:NOPE/bars");

        Assert.Equal((400, "invalid-limit"), (badLimit, limitError.GetProperty("code").GetString()));
        Assert.Contains("limit", limitError.GetProperty("message").GetString());
        Assert.Equal((400, "invalid-interval"), (badInterval, intervalError.GetProperty("code").GetString()));
        Assert.Equal((404, "unknown-instrument"), (unknown, unknownError.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task The_overview_answers_in_one_read_what_the_six_status_endpoints_answer()
    {
        // The projection's lag is a counter from its first measurement on, a moment after the node is ready: waited for too.
        var overview = await _api.WhenAsync("api/overview", o => o.GetProperty("ready").GetProperty("ready").GetBoolean()
            && o.GetProperty("shards").ValueKind == JsonValueKind.Object
            && o.GetProperty("counters").TryGetProperty("projection/read-model/events-behind", out _),
            "the node ready, its shards known and the projection's lag among the counters");

        var (_, members) = await node.GetAsync("api/cluster/members");
        var (_, shards) = await node.GetAsync("api/cluster/shards");
        var (_, data) = await node.GetAsync("api/data/status");
        Assert.Equal(members.GetProperty("self").GetString(), overview.GetProperty("members").GetProperty("self").GetString());
        Assert.Equal(Names(shards), Names(overview.GetProperty("shards")));
        Assert.Equal(JsonValueKind.Null, overview.GetProperty("shardsProblem").ValueKind);
        Assert.Equal(data.GetProperty("status").GetString(), overview.GetProperty("data").GetProperty("status").GetString());
        Assert.True(overview.GetProperty("paper").TryGetProperty("barsReplayed", out _));
        return;

        static string[] Names(JsonElement view) => view.GetProperty("regions").EnumerateArray().Select(r => r.GetProperty("region").GetString()!).ToArray();
    }
}
