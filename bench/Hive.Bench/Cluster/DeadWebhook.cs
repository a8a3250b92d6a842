using System.Net;
using System.Net.Sockets;
using Akka.Actor;
using Hive.Actors.Diagnostics;
using Hive.Cluster.Alerts;
using Hive.Core.Accounts;
using Hive.Core.Ids;
using Hive.Core.Risk;
using Hive.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hive.Bench.Cluster;

/// <summary>
/// <c>HIVE_BENCH_WEBHOOK=dead</c>: what an alert webhook that never answers costs the order path. The node's real
/// <see cref="AlertWebhooks"/> posts to a loopback listener that accepts connections and never reads or answers (each attempt
/// waits out its 5 s timeout), while an account of its own is halted and resumed every <see cref="FlipEvery"/> through the
/// account entity, so real <see cref="TradingStateChanged"/> alerts keep the webhook's queue full for the whole run.
/// </summary>
internal sealed class DeadWebhook : IAsyncDisposable
{
    private static readonly TimeSpan FlipEvery = TimeSpan.FromMilliseconds(100);
    private static readonly AccountId Flipped = new("alerts-flipped");
    private readonly TcpListener _listener;
    private readonly AlertWebhooks _webhooks;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Socket> _held = [];
    private readonly Task _accepting;
    private readonly Task _flipping;
    private int _flips;

    private DeadWebhook(TestNode node)
    {
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        var url = $"json=http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/hook";
        _webhooks = new AlertWebhooks(node.System, Webhook.ParseAll(url), NullLogger<AlertWebhooks>.Instance);
        _accepting = AcceptAsync();
        _flipping = FlipAsync(node);
    }

    public static async Task<DeadWebhook> StartAsync(TestNode node)
    {
        await node.Gateway.Ask(new OpenAccount(Flipped, AccountType.Cash), TimeSpan.FromSeconds(60));
        var hook = new DeadWebhook(node);
        await hook._webhooks.StartAsync(CancellationToken.None);
        Console.WriteLine($"orders: alerts go to a webhook that never answers (HIVE_BENCH_WEBHOOK=dead), account {Flipped} halted and resumed every {FlipEvery.TotalMilliseconds:0} ms");
        return hook;
    }

    private async Task AcceptAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var socket = await _listener.AcceptSocketAsync(_stop.Token);
                lock (_held) _held.Add(socket);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task FlipAsync(TestNode node)
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var state = _flips++ % 2 == 0 ? TradingState.Halted : TradingState.Active;
                await node.Gateway.Ask(new SetTradingState(Flipped, state, "webhook bench", "bench"), TimeSpan.FromSeconds(60));
                await Task.Delay(FlipEvery, _stop.Token);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_accepting, _flipping);
        await _webhooks.StopAsync(CancellationToken.None);
        _listener.Stop();
        lock (_held) foreach (var socket in _held) socket.Dispose();
        Console.WriteLine($"orders: {_flips:N0} trading-state changes alerted; the dead webhook took {_held.Count:N0} connections, " +
                          $"{HiveCounters.Get("alert-attempts-failed/json"):N0} attempts failed, {HiveCounters.Get("alerts-sent/json"):N0} delivered");
    }
}
