using System.Text;
using System.Threading.Channels;
using Akka.Actor;
using Hive.Actors.Diagnostics;
using Microsoft.Extensions.Hosting;

namespace Hive.Cluster.Alerts;

/// <summary>
/// Sends alerts (<see cref="AlertSource"/>) to the configured webhooks from its own tasks, one queue per webhook, so a
/// webhook that is slow or down delays only its own alerts and never an actor: the source only writes to a bounded queue
/// (the oldest alert is dropped when 1,000 wait). Each alert is posted until the receiver answers 2xx, up to
/// <see cref="MaxAttempts"/> times, waiting <see cref="FirstRetry"/> and then twice as long each time (at most 30 s).
/// </summary>
public sealed class AlertWebhooks(ActorSystem system, IReadOnlyList<Webhook> webhooks, ILogger<AlertWebhooks> log) : BackgroundService
{
    public const int MaxAttempts = 8;
    public static readonly TimeSpan FirstRetry = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan MaxRetry = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(5);

    private readonly IReadOnlyList<(Webhook Hook, Channel<Alert> Queue)> _queues = webhooks
        .Select(h => (h, Channel.CreateBounded<Alert>(new BoundedChannelOptions(1000) { FullMode = BoundedChannelFullMode.DropOldest })))
        .ToList();
    private IActorRef? _source;

    /// <summary>Queues an alert for every webhook; never waits.</summary>
    public void Send(Alert alert)
    {
        foreach (var (_, queue) in _queues) queue.Writer.TryWrite(alert);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_queues.Count == 0) return;
        _source = system.ActorOf(Props.Create(() => new AlertSource(this)), "alert-webhooks");
        using var http = new HttpClient { Timeout = AttemptTimeout };
        await Task.WhenAll(_queues.Select(q => DeliverAsync(http, q.Hook, q.Queue.Reader, stoppingToken)));
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_source is not null) system.Stop(_source);
        await base.StopAsync(cancellationToken);
    }

    private async Task DeliverAsync(HttpClient http, Webhook hook, ChannelReader<Alert> alerts, CancellationToken ct)
    {
        try
        {
            await foreach (var alert in alerts.ReadAllAsync(ct))
                await PostAsync(http, hook, alert, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }

    private async Task PostAsync(HttpClient http, Webhook hook, Alert alert, CancellationToken ct)
    {
        var body = hook.Body(alert);
        var format = hook.Format.ToString().ToLowerInvariant();
        var wait = FirstRetry;
        for (var attempt = 1; ; attempt++)
        {
            string failure;
            try
            {
                using var response = await http.PostAsync(hook.Url, new StringContent(body, Encoding.UTF8, "application/json"), ct);
                if (response.IsSuccessStatusCode)
                {
                    HiveCounters.Record($"alerts-sent/{format}");
                    return;
                }
                failure = $"answered {(int)response.StatusCode}";
            }
            catch (Exception e) when (e is HttpRequestException || e is TaskCanceledException && !ct.IsCancellationRequested)
            {
                failure = e.Message;
            }
            HiveCounters.Record($"alert-attempts-failed/{format}");
            if (attempt == MaxAttempts)
            {
                log.LogWarning("alert {Kind} for {Subject} not delivered to the {Format} webhook {Host} after {Attempts} attempts: {Failure}",
                    alert.Kind, alert.Subject, format, hook.Url.Host, attempt, failure);
                return;
            }
            await Task.Delay(wait, ct);
            wait = TimeSpan.FromTicks(Math.Min(wait.Ticks * 2, MaxRetry.Ticks));
        }
    }
}
