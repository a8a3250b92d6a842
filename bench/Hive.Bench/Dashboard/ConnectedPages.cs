using Akka.Actor;
using Hive.Cluster.Dashboard;
using Hive.Cluster.Security;
using Hive.Cluster.Http;
using Hive.Actors.Hosting;
using Hive.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hive.Bench.Dashboard;

/// <summary>
/// Pages connected to a node's event stream while a load runs: the node's own hub, feed and <c>GET /api/events</c> on a
/// Kestrel server beside the bench's node, and that many HTTP clients reading the stream as browsers would.
/// </summary>
public sealed class ConnectedPages : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _readers = [];
    private long _bytes;

    private ConnectedPages(WebApplication app) => _app = app;

    public static async Task<IAsyncDisposable> StartAsync(ActorSystem system, int clients)
    {
        var port = FreePort.Next();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(new DashboardHub());
        builder.Services.AddHostedService(sp => new DashboardFeed(system, sp.GetRequiredService<DashboardHub>(), projectionIsClusterWide: false));
        var app = builder.Build();
        // No key gate here (the pages are the bench's own): a stream with no caller has no grants to check.
        var authenticator = new ApiAuthenticator("bench-has-no-gate", new UserDirectoryCache());
        app.MapGet("/api/events", (HttpContext context, DashboardHub hub) => DashboardEndpoints.StreamAsync(context, hub, authenticator));
        await app.StartAsync();
        var pages = new ConnectedPages(app);
        var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = Timeout.InfiniteTimeSpan };
        for (var i = 0; i < clients; i++) pages._readers.Add(pages.ReadAsync(http));
        var hub = app.Services.GetRequiredService<DashboardHub>();
        while (hub.Clients < clients) await Task.Delay(10);
        Console.WriteLine($"dashboard: {clients} pages connected to the event stream");
        return pages;
    }

    private async Task ReadAsync(HttpClient http)
    {
        try
        {
            using var response = await http.GetAsync("api/events", HttpCompletionOption.ResponseHeadersRead, _stop.Token);
            await using var stream = await response.Content.ReadAsStreamAsync(_stop.Token);
            var buffer = new byte[16 * 1024];
            int read;
            while ((read = await stream.ReadAsync(buffer, _stop.Token)) > 0) Interlocked.Add(ref _bytes, read);
        }
        catch (OperationCanceledException)
        {
            // the load is over
        }
    }

    public async ValueTask DisposeAsync()
    {
        Console.WriteLine($"dashboard: the pages read {Interlocked.Read(ref _bytes) / 1024.0 / 1024.0:N1} MB of events");
        await _stop.CancelAsync();
        await Task.WhenAll(_readers);
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
