using System.Text.Json;
using Hive.Cluster.Alerts;
using Hive.Cluster.Node;
using Hive.TestSupport;

namespace Hive.Cluster.Tests.Alerts;

/// <summary>A node with three webhooks (generic JSON, Slack, Telegram) on a local receiver that refuses each one's first
/// posts: a halt reaches all three once the receiver recovers, in each one's shape.</summary>
public sealed class AlertWebhookFixture : NodeFixture
{
    public WebhookReceiver Receiver { get; private set; } = null!;

    protected override void Configure(NodeOptions options) =>
        options.AlertWebhooks = $"json={Receiver.Url}/json, slack={Receiver.Url}/slack, telegram={Receiver.Url}/telegram?chat_id=4242";

    public override async Task InitializeAsync()
    {
        Receiver = await WebhookReceiver.StartAsync();
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Receiver.DisposeAsync();
    }
}

public sealed class AlertWebhookSpecs(AlertWebhookFixture node) : IClassFixture<AlertWebhookFixture>
{
    [Fact]
    public async Task A_halt_reaches_every_webhook_in_its_shape_after_the_receiver_recovers()
    {
        var api = new TradingApi(node);
        await api.OpenFundedAsync("ALERT-1", 1_000m);
        TradingApi.Accepted(await api.PostAsync("api/risk/ALERT-1/halt", new { reason = "desk limit breached" }));

        await Eventually.HoldsAsync(() => Task.FromResult(new[] { "json", "slack", "telegram" }.All(n => node.Receiver.Bodies(n).Count > 0)),
            "every webhook took the alert", TimeSpan.FromSeconds(20));

        Assert.All(new[] { "json", "slack", "telegram" }, n => Assert.Equal(WebhookReceiver.FailFirst + 1, node.Receiver.Attempts(n)));
        var json = JsonDocument.Parse(node.Receiver.Bodies("json").Single()).RootElement;
        Assert.Equal("trading-halted", json.GetProperty("kind").GetString());
        Assert.Equal("account ALERT-1", json.GetProperty("subject").GetString());
        Assert.Contains("desk limit breached", json.GetProperty("message").GetString());
        var slack = JsonDocument.Parse(node.Receiver.Bodies("slack").Single()).RootElement;
        Assert.Equal("[hive] trading-halted: account ALERT-1: desk limit breached (by api)", slack.GetProperty("text").GetString());
        var telegram = JsonDocument.Parse(node.Receiver.Bodies("telegram").Single()).RootElement;
        Assert.Equal("4242", telegram.GetProperty("chat_id").GetString());
        Assert.Equal(slack.GetProperty("text").GetString(), telegram.GetProperty("text").GetString());
        // The alert reached the webhooks without handing the node's accounts anything they cannot read (DistributedPubSub's
        // per-group publish once gave every account a SendToOneSubscriber per change).
        Assert.Equal(0, Actors.Diagnostics.HiveCounters.Get("unknown/account/SendToOneSubscriber"));
    }

    [Theory]
    [InlineData("teams=http://x/y", "'teams' is not a webhook format")]
    [InlineData("json=ftp://x/y", "'ftp://x/y' is not an http(s) URL")]
    [InlineData("http://x/y", "is not format=url")]
    [InlineData("telegram=https://api.telegram.org/botT/sendMessage", "needs ?chat_id=")]
    public void A_bad_webhook_setting_is_refused_naming_the_entry(string setting, string message)
    {
        var e = Assert.Throws<OptionsException>(() => NodeSettingsFactory.Create(new NodeOptions { AlertWebhooks = setting }));

        Assert.StartsWith("--alert-webhooks: ", e.Message);
        Assert.Contains(message, e.Message);
    }
}
