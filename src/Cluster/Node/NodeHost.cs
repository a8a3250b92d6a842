using Akka.Hosting;
using Hive.Actors.Hosting;
using Hive.Actors.ReadModel;
using Hive.Actors.Sharding;
using Hive.Actors.Surveillance;
using Hive.Cluster.Alerts;
using Hive.Cluster.Dashboard;
using Hive.Cluster.Http;
using Hive.Cluster.Management;
using Hive.Cluster.Metrics;
using Hive.Cluster.Security;
using Hive.Cluster.Trading;
using Hive.Data.Storage;

namespace Hive.Cluster.Node;

/// <summary>One Hive node: the actor system (remoting, cluster, sharded entities, SQL journal) and
/// the HTTP server (status endpoints, entity API on the read tables, management endpoint for `hive ctl`).</summary>
public static class NodeHost
{
    /// <summary>The largest request body: a portfolio request with a few years of daily prices for a hundred assets fits.</summary>
    public const long MaxRequestBytes = 8 * 1024 * 1024;

    public static WebApplication Build(NodeOptions options, HiveNodeSettings settings, Action<ILoggingBuilder>? logging = null)
    {
        HttpExposure.Check(options);
        ProcessMetrics.EnsureStarted();
        var dataDir = Path.GetFullPath(options.DataDir);
        var lakePath = Path.Combine(dataDir, "lake");
        settings = settings with { LakePath = lakePath };
        AdminToken.SecureFolder(dataDir);
        var token = AdminToken.Resolve(options.AdminToken, options.AdminTokenFile, dataDir);
        if (options.Postgres is null) AdminToken.SecureJournalFile(Path.Combine(dataDir, NodeOptions.JournalFileName));
        if (settings.HostsEntities && JournalIdentity.ReadOrCreate(settings) is { } journal)
            settings = settings with { Roles = [.. settings.Roles, JournalIdentity.Role(journal)] };

        var certificate = HttpExposure.Certificate(options);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls($"{(certificate is null ? "http" : "https")}://{options.HttpBind}:{options.HttpPort}");
        if (certificate is not null) builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.ConfigureKestrel(k =>
        {
            // No request of the API is near this; a 31 MB body is refused (413) before it is read.
            k.Limits.MaxRequestBodySize = MaxRequestBytes;
            if (certificate is not null) k.ConfigureHttpsDefaults(https => https.ServerCertificate = certificate);
        });
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
        services.AddHostedService<ClusterBootstrapStart>();
        services.AddSingleton<JournalGuard>();
        services.AddHostedService(sp => sp.GetRequiredService<JournalGuard>());
        services.AddSingleton(sp => new EntityGateway(sp.GetRequiredService<IReadOnlyActorRegistry>()));
        services.AddSingleton<ClusterQueries>();
        services.AddSingleton(new ReadModelQueries(ReadModelDialect.For(settings)));
        services.AddSingleton(sp => new ReadModelLag(sp.GetRequiredService<Akka.Actor.ActorSystem>(), sp.GetRequiredService<ReadModelQueries>(),
            settings.ReadJournalPluginId, settings.ReadModel));
        services.AddSingleton<TradingReader>();
        services.AddSingleton(sp => new RiskHistory(LakeLocation.Open(sp.GetRequiredService<SampleDataImporter>().LakePath)));
        services.AddSingleton(sp => new AccountRiskReader(sp.GetRequiredService<TradingReader>(), sp.GetRequiredService<RiskHistory>(), settings.Trading.Catalog));
        services.AddSingleton(sp => new AlgoDirectory(sp.GetRequiredService<Akka.Actor.ActorSystem>(), settings.ReadJournalPluginId));
        services.AddSingleton<BestExecutionReader>();
        services.AddSingleton(sp => new EntityJournalReader(sp.GetRequiredService<Akka.Actor.ActorSystem>(), settings.ReadJournalPluginId));
        services.AddSingleton<UserDirectoryCache>();
        services.AddSingleton(sp => new ApiAuthenticator(token, sp.GetRequiredService<UserDirectoryCache>()));
        services.AddSingleton(new ApiRateLimiter(options.RateLimit));
        services.AddSingleton<ApiAuthorization>();
        services.AddSingleton(new AuditStore(ReadModelDialect.For(settings)));
        services.AddSingleton(sp => new AuditWriter(sp.GetRequiredService<AuditStore>(), $"{options.PublicHostname ?? options.Hostname}:{options.Port}",
            sp.GetRequiredService<ILogger<AuditWriter>>()));
        services.AddHostedService(sp => sp.GetRequiredService<AuditWriter>());
        services.AddHostedService<UserDirectoryStart>();
        services.AddSingleton(new SurveillanceStore(ReadModelDialect.For(settings)));
        services.AddSingleton(sp => new ReadinessMonitor(
            sp.GetRequiredService<Akka.Actor.ActorSystem>(), sp.GetRequiredService<EntityGateway>(),
            sp.GetRequiredService<JournalProbe>(), settings.HostsEntities ? sp.GetRequiredService<ReadModelLag>() : null, settings.HostsEntities));
        services.AddHostedService(sp => sp.GetRequiredService<ReadinessMonitor>());
        services.AddSingleton(sp => new SampleDataImporter(lakePath, options.ImportSamples,
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
        var hosts = HttpExposure.AllowedHosts(options);
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Hive.Http");
        app.Use(async (context, next) =>
        {
            if (hosts is not null && !hosts.Contains(context.Request.Host.Host) && !hosts.Contains($"[{context.Request.Host.Host}]"))
            {
                await ApiResults.BadRequest("host-not-allowed", $"this node answers to {string.Join(", ", hosts.Order())} only (--allowed-hosts)")
                    .ExecuteAsync(context);
                return;
            }
            try
            {
                await next(context);
            }
            catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
            {
                await ApiResults.Error(e.StatusCode, "body-too-large", $"request bodies are limited to {MaxRequestBytes / (1024 * 1024)} MB")
                    .ExecuteAsync(context);
            }
            catch (BadHttpRequestException)
            {
                await ApiResults.BadRequest("bad-request", "the request could not be read (malformed HTTP)").ExecuteAsync(context);
            }
            // Never the exception's text, type or stack in an answer: they name code and paths. The log has them.
            catch (Exception e) when (!context.Response.HasStarted && e is not OperationCanceledException)
            {
                log.LogError(e, "{Method} {Path} failed", context.Request.Method, context.Request.Path);
                await ApiResults.Error(StatusCodes.Status500InternalServerError, "internal-error",
                    "the node could not answer this request; the node's log has the details").ExecuteAsync(context);
            }
        });
        app.UseRouting();
        MetricsEndpoints.UseRequestMetrics(app, app.Services.GetRequiredService<NodeMetrics>());
        var authorization = app.Services.GetRequiredService<ApiAuthorization>();
        app.Use((context, next) => authorization.InvokeAsync(context, next));
        StatusEndpoints.Map(app);
        BootstrapEndpoints.Map(app);
        MetricsEndpoints.Map(app, options.MetricsNeedKey);
        DashboardEndpoints.Map(app);
        SessionEndpoints.Map(app, app.Services.GetRequiredService<ApiAuthenticator>());
        AdminEndpoints.Map(app);
        UserEndpoints.Map(app);
        AuditEndpoints.Map(app);
        BarHistoryEndpoints.Map(app, settings.Trading.Catalog);
        var write = app.MapGroup("/api");
        // A node cut off on the minority side of a partition acknowledges no client write: the majority will down it and
        // may already run its entities (docs/cluster.md, "Partitions").
        var cluster = app.Services.GetRequiredService<ClusterQueries>();
        write.AddEndpointFilter(async (context, next) =>
            HttpMethods.IsGet(context.HttpContext.Request.Method) || !cluster.CutOff()
                ? await next(context)
                : ApiResults.Error(StatusCodes.Status503ServiceUnavailable, PartitionSide.CutOff,
                    "this node cannot reach a majority of the cluster and will be downed; send the request to a node on the majority side"));
        AccountEndpoints.Map(app, write);
        RiskEndpoints.Map(app, write, settings.Trading);
        KillSwitchEndpoints.Map(app, write);
        PortfolioEndpoints.Map(app);
        OrderEndpoints.Map(app, write);
        MarketEndpoints.Map(app, write, settings.Trading);
        StrategyEndpoints.Map(app, write);
        AlgoEndpoints.Map(app, write);
        ReportEndpoints.Map(app);
        SurveillanceEndpoints.Map(app, write);
        app.MapFallback((HttpContext c) => ApiResults.Error(StatusCodes.Status404NotFound, "unknown-endpoint",
            $"no endpoint {c.Request.Method} {c.Request.Path}; see README.md for the API")).RequireAccess(ApiAccess.Open);
        return app;
    }
}
