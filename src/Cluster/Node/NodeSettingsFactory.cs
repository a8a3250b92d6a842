using Hive.Actors.Entities;
using Hive.Actors.Hosting;
using Hive.Actors.Security;
using Hive.Cluster.Alerts;
using Hive.Cluster.Trading;
using Hive.Core.Ids;

namespace Hive.Cluster.Node;

/// <summary>Turns validated <see cref="NodeOptions"/> into the settings the actor system runs with.</summary>
public static class NodeSettingsFactory
{
    public static HiveNodeSettings Create(NodeOptions o)
    {
        Validate(o);
        var usePostgres = !string.IsNullOrWhiteSpace(o.Postgres);
        var remoteTls = RemoteTls(o);
        return new HiveNodeSettings
        {
            RemoteTls = remoteTls,
            SystemName = o.SystemName,
            Hostname = o.Hostname,
            PublicHostname = string.IsNullOrWhiteSpace(o.PublicHostname) ? null : o.PublicHostname,
            Port = o.Port,
            Seeds = ParseSeeds(o.Seeds, o.SystemName, remoteTls is null ? "akka.tcp" : "akka.ssl.tcp"),
            Bootstrap = Bootstrap(o),
            Journal = usePostgres ? JournalProvider.PostgreSql : JournalProvider.Sqlite,
            JournalConnectionString = usePostgres
                ? o.Postgres!
                : $"Data Source={Path.Combine(Path.GetFullPath(o.DataDir), NodeOptions.JournalFileName)}",
            NumberOfShards = o.Shards,
            Entities = EntitySettings.Default with
            {
                SnapshotEvery = o.SnapshotEvery,
                PassivateAfter = TimeSpan.FromSeconds(o.PassivateAfterSeconds),
            },
            AcceptableHeartbeatPause = TimeSpan.FromSeconds(o.HeartbeatPauseSeconds),
            StableAfter = TimeSpan.FromSeconds(o.StableAfterSeconds),
            JsonLogs = o.LogFormat == "json",
        };
    }

    /// <summary>Accepts <c>host:port</c> (given <paramref name="protocol"/>, <c>akka.ssl.tcp</c> with remoting TLS) or full
    /// <c>akka.tcp://system@host:port</c> addresses.</summary>
    public static IReadOnlyList<string> ParseSeeds(string? seeds, string systemName, string protocol = "akka.tcp") =>
        (seeds ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => s.Contains("://", StringComparison.Ordinal) ? s
                : IsHostPort(s) ? $"{protocol}://{systemName}@{s}"
                : throw new OptionsException($"seed '{s}' is not host:port or akka.tcp://system@host:port"))
            .ToList();

    /// <summary>Cluster bootstrap from <see cref="NodeOptions.Discovery"/> and its settings, or null for seed nodes. A setting that
    /// could not work (no contact points, this node not among them, seeds as well) stops start-up naming it.</summary>
    public static BootstrapDiscovery? Bootstrap(NodeOptions o)
    {
        var method = o.Discovery switch
        {
            "seeds" => DiscoveryMethod.Seeds,
            "config" => DiscoveryMethod.Config,
            "kubernetes" => DiscoveryMethod.Kubernetes,
            _ => throw new OptionsException($"--discovery must be seeds, config or kubernetes, got '{o.Discovery}'"),
        };
        var endpoints = (o.DiscoveryEndpoints ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (method != DiscoveryMethod.Config && endpoints.Length > 0)
            throw new OptionsException($"--discovery-endpoints is read with --discovery config only, not with --discovery {o.Discovery}");
        if (method == DiscoveryMethod.Seeds) return null;

        if (!string.IsNullOrWhiteSpace(o.Seeds))
            throw new OptionsException($"--seeds and --discovery {o.Discovery} exclude each other: bootstrap finds the cluster through discovery, so leave --seeds empty");
        if (o.DiscoveryService is not { Length: >= 1 and <= 63 } service || !service.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
            throw new OptionsException($"--discovery-service must be 1-63 lowercase letters, digits and '-' (a Kubernetes label value), got '{o.DiscoveryService}'");
        if (o.RequiredContactPoints < 1)
            throw new OptionsException($"--required-contact-points must be at least 1, got {o.RequiredContactPoints}");
        if (o.HttpPort == 0)
            throw new OptionsException($"--discovery {o.Discovery} needs a fixed --http-port: it is this node's contact point");
        var host = FirstSet(o.ContactPointHost, o.PublicHostname, o.Hostname);
        if (Uri.CheckHostName(host) == UriHostNameType.Unknown)
            throw new OptionsException($"--contact-point-host '{host}' is not a host name or IP address");
        var self = $"{host}:{o.HttpPort}";
        if (method == DiscoveryMethod.Config)
        {
            if (endpoints.Length == 0)
                throw new OptionsException("--discovery config needs --discovery-endpoints: each contact point's host:port (every node's HTTP port), this node's among them");
            if (endpoints.FirstOrDefault(e => !IsHostPort(e)) is { } wrong)
                throw new OptionsException($"--discovery-endpoints: '{wrong}' is not host:port");
            if (!endpoints.Contains(self, StringComparer.OrdinalIgnoreCase))
                throw new OptionsException($"--discovery-endpoints does not list this node's own contact point {self} (--contact-point-host, else --public-hostname or --hostname, and --http-port), so it could never form the cluster");
        }
        else if (string.IsNullOrWhiteSpace(o.DiscoveryPortName))
        {
            throw new OptionsException("--discovery kubernetes needs --discovery-port-name: the name of the pods' HTTP container port");
        }
        return new BootstrapDiscovery
        {
            Method = method,
            ServiceName = service,
            Endpoints = endpoints,
            RequiredContactPoints = o.RequiredContactPoints,
            PortName = o.DiscoveryPortName,
            SelfContactPoint = new Uri($"{(o.TlsCert is null ? "http" : "https")}://{self}"),
        };
    }

    /// <summary>Remoting TLS from <see cref="NodeOptions.RemoteTlsCert"/> and its CA, or null for plain TCP (the lighthouse reads
    /// the same <see cref="RemoteTlsOptions"/>).</summary>
    public static RemoteTls? RemoteTls(NodeOptions o)
    {
        try
        {
            return new RemoteTlsOptions(o.RemoteTlsCert, o.RemoteTlsKey, o.RemoteTlsCa, o.RemoteTlsPassword, o.RemoteTlsPasswordFile).Load();
        }
        catch (CertificateFileException e)
        {
            throw new OptionsException(e.Message);
        }
    }

    /// <summary>The accounts <c>/metrics</c> reports on (<see cref="NodeOptions.MetricsAccounts"/>).</summary>
    public static IReadOnlyList<AccountId> MetricsAccounts(NodeOptions o) => o.MetricsAccounts is null
        ? o.Paper && o.ImportSamples ? [PaperDemo.Account] : []
        : o.MetricsAccounts.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(id =>
            IdText.IsValid(id) ? new AccountId(id) : throw new OptionsException(
                $"--metrics-accounts: '{id}' is not an account id (1-{IdText.MaxLength} letters, digits, '-', '_', '.', '/')")).Distinct().ToList();

    /// <summary>The alert webhooks (<see cref="NodeOptions.AlertWebhooks"/>).</summary>
    public static IReadOnlyList<Webhook> AlertWebhooks(NodeOptions o)
    {
        try
        {
            return Webhook.ParseAll(o.AlertWebhooks);
        }
        catch (FormatException e)
        {
            throw new OptionsException($"--alert-webhooks: {e.Message}");
        }
    }

    private static bool IsHostPort(string s)
    {
        var colon = s.LastIndexOf(':');
        return colon > 0 && int.TryParse(s[(colon + 1)..], out var port) && port is >= 1 and <= 65535;
    }

    private static string FirstSet(params string?[] values) => values.First(v => !string.IsNullOrWhiteSpace(v))!;

    private static void Validate(NodeOptions o)
    {
        if (o.Port is < 0 or > 65535) throw new OptionsException($"--port must be 0-65535, got {o.Port}");
        if (o.HttpPort is < 0 or > 65535) throw new OptionsException($"--http-port must be 0-65535, got {o.HttpPort}");
        if (o.ReplaySpeed < 0 || double.IsNaN(o.ReplaySpeed)) throw new OptionsException($"--replay-speed must be 0 (as fast as possible) or a positive number of bars per second, got {o.ReplaySpeed}");
        if (o.SnapshotEvery < 1) throw new OptionsException($"SnapshotEvery must be at least 1, got {o.SnapshotEvery}");
        if (o.PassivateAfterSeconds < 1) throw new OptionsException($"PassivateAfterSeconds must be at least 1, got {o.PassivateAfterSeconds}");
        _ = MetricsAccounts(o);
        _ = AlertWebhooks(o);
        if (o.LogFormat is not ("text" or "json")) throw new OptionsException($"--log-format must be text or json, got '{o.LogFormat}'");
        if (o.Shards < 1) throw new OptionsException($"Shards must be at least 1, got {o.Shards}");
        if (o.HeartbeatPauseSeconds <= 0 || o.StableAfterSeconds <= 0)
            throw new OptionsException("HeartbeatPauseSeconds and StableAfterSeconds must be positive");
        if (string.IsNullOrWhiteSpace(o.SystemName) || !o.SystemName.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            throw new OptionsException($"SystemName '{o.SystemName}' must be letters, digits and '-'");
    }
}
