using Hive.Actors.Hosting;
using System.Collections.Concurrent;
using Hive.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Hive.Cluster.Tests.Alerts;

/// <summary>A real HTTP receiver for alert webhooks (Kestrel on a free port): every path answers 500 to its first
/// <see cref="FailFirst"/> posts, then takes them and keeps their bodies.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    public const int FailFirst = 2;
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, int> _attempts = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> _bodies = new();

    private WebhookReceiver(WebApplication app, int port)
    {
        _app = app;
        Url = $"http://127.0.0.1:{port}";
    }

    public string Url { get; }

    public static async Task<WebhookReceiver> StartAsync()
    {
        var port = FreePort.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        var receiver = new WebhookReceiver(app, port);
        app.MapPost("/{name}", async (string name, HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            var body = await reader.ReadToEndAsync();
            if (receiver._attempts.AddOrUpdate(name, 1, (_, n) => n + 1) <= FailFirst) return Results.StatusCode(500);
            receiver._bodies.GetOrAdd(name, _ => new ConcurrentQueue<string>()).Enqueue(body);
            return Results.Ok();
        });
        await app.StartAsync();
        return receiver;
    }

    public int Attempts(string name) => _attempts.GetValueOrDefault(name);

    public IReadOnlyList<string> Bodies(string name) => _bodies.TryGetValue(name, out var bodies) ? bodies.ToList() : [];

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
