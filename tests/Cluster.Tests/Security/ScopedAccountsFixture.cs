namespace Hive.Cluster.Tests.Security;

/// <summary>A node with two funded accounts, SEC-A and SEC-B, one resting order each (<c>sec-a-1</c>, <c>sec-b-1</c>), a strategy
/// on each (<c>sec-a-s</c>, <c>sec-b-s</c>), a parent order each whose window has not begun (<c>sec-a-a</c>, <c>sec-b-a</c>), and a trader and a viewer scoped to SEC-A.</summary>
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
        await api.PushBarAsync("SIM:SPX", 4500m, 4510m, 4490m, 4500m);
        foreach (var account in new[] { "SEC-A", "SEC-B" })
            TradingApi.Accepted(await api.PostAsync("api/algos", new
            {
                algoId = $"{account.ToLowerInvariant()}-a", type = "twap", accountId = account, instrument = "SIM:SPX", side = "buy", quantity = 10,
                start = DateTime.UtcNow.AddHours(1), end = DateTime.UtcNow.AddHours(2), parameters = new { slices = "2" },
            }));
        TraderKey = await security.AddUserAsync("sec-trader", "trader", "SEC-A");
        ViewerKey = await security.AddUserAsync("sec-viewer", "viewer", "SEC-A");
    }
}
