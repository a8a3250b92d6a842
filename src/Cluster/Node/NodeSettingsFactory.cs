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
            .Select(s => s.Contains("://", StringComparison.Ordinal) ? s : $"{protocol}://{systemName}@{RequireHostPort(s)}")
            .ToList();

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

    private static string RequireHostPort(string s)
    {
        var colon = s.LastIndexOf(':');
        if (colon <= 0 || !int.TryParse(s[(colon + 1)..], out var port) || port is < 1 or > 65535)
            throw new OptionsException($"seed '{s}' is not host:port or akka.tcp://system@host:port");
        return s;
    }

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
