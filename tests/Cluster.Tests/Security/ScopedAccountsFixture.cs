namespace Hive.Cluster.Tests.Security;

/// <summary>A node with two funded accounts, SEC-A and SEC-B, one resting order each (<c>sec-a-1</c>, <c>sec-b-1</c>), a strategy
/// on each (<c>sec-a-s</c>, <c>sec-b-s</c>), and a trader and a viewer scoped to SEC-A.</summary>
public sealed class ScopedAccountsFixture : NodeFixture
{
    public string TraderKey { get; private set; } = "";

    public string ViewerKey { get; private set; } = "";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var security = new SecurityApi(this);
        var api = new TradingApi(this);
        foreach (var account in new[] { "SEC-A", "SEC-B" })
        {
            var prefix = account.ToLowerInvariant();
            await security.AccountWithOrderAsync(account, $"{prefix}-1");
            TradingApi.Accepted(await api.PostAsync($"api/strategies/{prefix}-s/start",
                new { kind = "sma-cross", accountId = account, parameters = new { instrument = "SIM:SPX", fast = "3", slow = "5" } }));
            await api.WhenAsync($"api/strategies/{prefix}-s", _ => true, $"strategy {prefix}-s is on the read side");
        }
        TraderKey = await security.AddUserAsync("sec-trader", "trader", "SEC-A");
        ViewerKey = await security.AddUserAsync("sec-viewer", "viewer", "SEC-A");
    }
}
