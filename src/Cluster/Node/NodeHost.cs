using Akka.Hosting;
using Hive.Actors.Hosting;
using Hive.Actors.ReadModel;
using Hive.Actors.Sharding;
using Hive.Cluster.Alerts;
using Hive.Cluster.Dashboard;
using Hive.Cluster.Http;
using Hive.Cluster.Management;
using Hive.Cluster.Metrics;
using Hive.Cluster.Trading;

namespace Hive.Cluster.Node;

/// <summary>One Hive node: the actor system (remoting, cluster, sharded entities, SQL journal) and
/// the HTTP server (status endpoints, entity API on the read tables, management endpoint for `hive ctl`).</summary>
public static class NodeHost
{
    public static WebApplication Build(NodeOptions options, HiveNodeSettings settings, Action<ILoggingBuilder>? logging = null)
    {
        ProcessMetrics.EnsureStarted();
        var dataDir = Path.GetFullPath(options.DataDir);
        Directory.CreateDirectory(dataDir);
        var token = AdminToken.Resolve(options.AdminToken, dataDir);
        if (settings.HostsEntities && JournalIdentity.ReadOrCreate(settings) is { } journal)
            settings = settings with { Roles = [.. settings.Roles, JournalIdentity.Role(journal)] };

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls($"http://{options.HttpBind}:{options.HttpPort}");
        builder.Logging.ClearProviders();
        if (logging is null)
        {
            if (settings.JsonLogs)
                builder.Logging.AddJsonConsole(j =>
                {
                    j.UseUtcTimestamp = true;
                    j.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
                });
            else builder.Logging.AddSimpleConsole(c => c.SingleLine = true);
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
        }
        else
        {
            logging(builder.Logging);
        }

        var services = builder.Services;
        services.ConfigureHttpJsonOptions(j => j.SerializerOptions.WriteIndented = false);
        services.AddSingleton(settings);
        services.AddSingleton<JournalProbe>();
        services.AddAkka(settings.SystemName, b => b.WithHive(settings));
        services.AddSingleton<JournalGuard>();
        services.AddHostedService(sp => sp.GetRequiredService<JournalGuard>());
        services.AddSingleton(sp => new EntityGateway(sp.GetRequiredService<IReadOnlyActorRegistry>()));
        services.AddSingleton<ClusterQueries>();
        services.AddSingleton(new ReadModelQueries(ReadModelDialect.For(settings)));
        services.AddSingleton(sp => new ReadModelLag(sp.GetRequiredService<Akka.Actor.ActorSystem>(), sp.GetRequiredService<ReadModelQueries>(),
            settings.ReadJournalPluginId, settings.ReadModel));
        services.AddSingleton<TradingReader>();
        services.AddSingleton(sp => new ReadinessMonitor(
            sp.GetRequiredService<Akka.Actor.ActorSystem>(), sp.GetRequiredService<EntityGateway>(),
            sp.GetRequiredService<JournalProbe>(), settings.HostsEntities ? sp.GetRequiredService<ReadModelLag>() : null, settings.HostsEntities));
        services.AddHostedService(sp => sp.GetRequiredService<ReadinessMonitor>());
        services.AddSingleton(sp => new SampleDataImporter(Path.Combine(dataDir, "lake"), options.ImportSamples,
            sp.GetRequiredService<ILogger<SampleDataImporter>>()));
        services.AddHostedService(sp => sp.GetRequiredService<SampleDataImporter>());
        services.AddSingleton(options);
        services.AddSingleton<PaperDemo>();
        services.AddHostedService(sp => sp.GetRequiredService<PaperDemo>());
        services.AddSingleton(sp => new AlertWebhooks(sp.GetRequiredService<Akka.Actor.ActorSystem>(), NodeSettingsFactory.AlertWebhooks(options),
            sp.GetRequiredService<ILogger<AlertWebhooks>>()));
        services.AddHostedService(sp => sp.GetRequiredService<AlertWebhooks>());
        services.AddSingleton(sp => new NodeMetrics(sp.GetRequiredService<Akka.Actor.ActorSystem>(), sp.GetRequiredService<EntityGateway>(),
            sp.GetRequiredService<ReadinessMonitor>(), settings.HostsEntities ? sp.GetRequiredService<ReadModelLag>() : null,
            sp.GetRequiredService<PaperDemo>(), sp.GetRequiredService<TradingReader>(), NodeSettingsFactory.MetricsAccounts(options),
            settings.HostsEntities, sp.GetRequiredService<ILogger<NodeMetrics>>()));

        services.AddSingleton(_ => new DashboardHub());
        services.AddHostedService(sp => new DashboardFeed(sp.GetRequiredService<Akka.Actor.ActorSystem>(), sp.GetRequiredService<DashboardHub>(),
            projectionIsClusterWide: settings.Journal == JournalProvider.PostgreSql));

        var app = builder.Build();
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (BadHttpRequestException e)
            {
                await ApiResults.BadRequest("bad-request", e.Message).ExecuteAsync(context);
            }
        });
        app.UseRouting();
        MetricsEndpoints.UseRequestMetrics(app, app.Services.GetRequiredService<NodeMetrics>());
        StatusEndpoints.Map(app);
        MetricsEndpoints.Map(app);
        DashboardEndpoints.Map(app);
        BarHistoryEndpoints.Map(app);
        AdminEndpoints.Map(app, token);
        var write = app.MapGroup("/api").AddEndpointFilter(new AdminTokenFilter(token));
        AccountEndpoints.Map(app, write);
        RiskEndpoints.Map(app, write, settings.Trading);
        KillSwitchEndpoints.Map(app, write);
        PortfolioEndpoints.Map(app);
        OrderEndpoints.Map(app, write);
        MarketEndpoints.Map(app, write, settings.Trading);
        StrategyEndpoints.Map(app, write);
        app.MapFallback((HttpContext c) => ApiResults.Error(StatusCodes.Status404NotFound, "unknown-endpoint",
            $"no endpoint {c.Request.Method} {c.Request.Path}; see README.md for the API"));
        return app;
    }
}
