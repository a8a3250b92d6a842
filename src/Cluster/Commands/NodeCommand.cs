using System.CommandLine;
using Hive.Actors.Security;
using Hive.Cluster.Node;

namespace Hive.Cluster.Commands;

/// <summary>`hive node`: runs one cluster node until ^C.</summary>
public static class NodeCommand
{
    public static Command Create()
    {
        var config = new Option<string?>("--config") { Description = "Extra JSON settings file (same shape as appsettings.json)." };
        var dataDir = new Option<string?>("--data-dir") { Description = "Folder for the SQLite journal, admin token and data lake; nodes of one cluster on one machine share it. Default: ./data (Hive:DataDir, HIVE__DATADIR)." };
        var port = new Option<int?>("--port") { Description = "Akka remoting port. Default 5053 (Hive:Port, HIVE__PORT)." };
        var httpPort = new Option<int?>("--http-port") { Description = "HTTP port for status endpoints, API and hive ctl. Default 5080 (HIVE__HTTPPORT)." };
        var httpBind = new Option<string?>("--http-bind") { Description = "Address the HTTP server binds to. Default 127.0.0.1 (HIVE__HTTPBIND)." };
        var hostname = new Option<string?>("--hostname") { Description = "Address remoting binds to. Default 127.0.0.1 (HIVE__HOSTNAME)." };
        var publicHostname = new Option<string?>("--public-hostname") { Description = "Address other nodes use to reach this one (HIVE__PUBLICHOSTNAME)." };
        var seeds = new Option<string?>("--seeds") { Description = "Comma-separated seed nodes, host:port or akka.tcp://hive@host:port. Empty: this node is its own seed (HIVE__SEEDS). Every node of a cluster needs the same journal (--postgres, or the same --data-dir on one machine)." };
        var discovery = new Option<string?>("--discovery") { Description = "How the node finds its cluster: seeds (--seeds, the default), config (cluster bootstrap over --discovery-endpoints) or kubernetes (cluster bootstrap over the pods labelled app=--discovery-service, through the Kubernetes API). Bootstrap joins the cluster a contact point reports, else the lowest contact point forms it (HIVE__DISCOVERY)." };
        var discoveryService = new Option<string?>("--discovery-service") { Description = "The service discovery looks up: the pods' app label on Kubernetes. Default hive-node (HIVE__DISCOVERYSERVICE)." };
        var discoveryEndpoints = new Option<string?>("--discovery-endpoints") { Description = "With --discovery config: every contact point, comma-separated host:port of each node's HTTP port, this node's own among them (HIVE__DISCOVERYENDPOINTS)." };
        var requiredContactPoints = new Option<int?>("--required-contact-points") { Description = "Contact points that must answer before the lowest forms a new cluster; the number of nodes started together. Default 2 (HIVE__REQUIREDCONTACTPOINTS)." };
        var discoveryPortName = new Option<string?>("--discovery-port-name") { Description = "With --discovery kubernetes: the name of the pods' HTTP container port, each pod's contact point. Default http (HIVE__DISCOVERYPORTNAME)." };
        var contactPointHost = new Option<string?>("--contact-point-host") { Description = "The host discovery lists this node's contact point under (the pod IP on Kubernetes). Default: --public-hostname, else --hostname (HIVE__CONTACTPOINTHOST)." };
        var postgres = new Option<string?>("--postgres")
        {
            Description = "PostgreSQL connection string without a password; journal and snapshots go there instead of SQLite. With a password: " +
                          "HIVE__POSTGRES or --postgres-file (a flag shows in ps to every user of the machine, so one with a password is refused).",
        };
        var postgresFile = new Option<string?>("--postgres-file") { Description = "File holding the PostgreSQL connection string (password included), e.g. a mounted secret." };
        var noPaper = new Option<bool>("--no-paper") { Description = "Do not run the paper-trading demo (demo account, SMA strategies, sample-data replay) (HIVE__PAPER=false)." };
        var replaySpeed = new Option<double?>("--replay-speed") { Description = "Demo replay speed in bars per second per instrument; 0 = as fast as possible. Default 20 (HIVE__REPLAYSPEED)." };
        var metricsAccounts = new Option<string?>("--metrics-accounts") { Description = "Comma-separated accounts whose equity and trading state /metrics exports. Default: the demo account when the paper demo runs, else none (HIVE__METRICSACCOUNTS)." };
        var logFormat = new Option<string?>("--log-format") { Description = "Log lines as text (default) or json: one JSON object per line with the order, account, strategy and instrument ids a line is about as fields (HIVE__LOGFORMAT)." };
        var alertWebhooks = new Option<string?>("--alert-webhooks") { Description = "Webhooks told of halts (kill switch), trading-state changes and lost nodes: comma-separated format=url, format json, slack or telegram (URL with ?chat_id=); retried with backoff (HIVE__ALERTWEBHOOKS)." };
        var tokenFile = new Option<string?>("--admin-token-file") { Description = "File holding the bootstrap admin key (HIVE__ADMINTOKENFILE; or the key itself in HIVE__ADMINTOKEN). Default: generated into DATA_DIR/admin.token, mode 0600." };
        var insecureHttp = new Option<bool>("--insecure-http") { Description = "Allow plain HTTP on an --http-bind beyond loopback (behind a TLS-terminating proxy) (HIVE__INSECUREHTTP)." };
        var allowedHosts = new Option<string?>("--allowed-hosts") { Description = "Host names the HTTP server answers to, comma-separated, * = any. Default: localhost, 127.0.0.1, [::1] when bound to loopback, else any (HIVE__ALLOWEDHOSTS)." };
        var rateLimit = new Option<int?>("--rate-limit") { Description = "Requests per second per user key; 0 = unlimited; the bootstrap admin key is not limited. Default 100 (HIVE__RATELIMIT)." };
        var tlsCert = new Option<string?>("--tls-cert") { Description = "Serve HTTPS with this certificate: PEM (key in --tls-key or the same file) or PKCS#12 .pfx; then --http-bind may be beyond loopback without --insecure-http (HIVE__TLSCERT). See docs/security.md, hive cert create." };
        var tlsKey = new Option<string?>("--tls-key") { Description = "PEM private key of --tls-cert (HIVE__TLSKEY)." };
        var tlsPasswordFile = new Option<string?>("--tls-password-file") { Description = "File holding the password of a .pfx or encrypted PEM key (or the password itself in HIVE__TLSPASSWORD; never a flag)." };
        var (remoteTlsCert, remoteTlsKey, remoteTlsCa, remoteTlsPasswordFile) = RemoteTlsFlags();
        var metricsNeedKey = new Option<bool>("--metrics-need-key") { Description = "Ask an API key (any role) of GET /metrics; open by default (HIVE__METRICSNEEDKEY)." };

        var command = new Command("node", """
            Run a Hive cluster node (the default verb).
            With no seeds (and --discovery seeds) it forms a one-node cluster on its own, with a SQLite journal under --data-dir,
            and (unless --no-paper) runs the paper-trading demo: account 'demo' with 100,000 USD and USDT,
            SMA-cross strategies on SIM:SPX and SIMX:BTC-USDT, and the sample data replayed through the venues.
            Settings come from appsettings.json (section "Hive"), then HIVE__<NAME> environment variables,
            then these flags. Other settings (appsettings.json / env only):
              SystemName (hive), SnapshotEvery (100 events), PassivateAfterSeconds (120), Shards (30),
              HeartbeatPauseSeconds (3), StableAfterSeconds (2) - see docs/cluster.md for failover tuning.
            Exit codes: 0 stopped, 1 left the cluster because its journal is not the cluster's, 2 invalid settings,
            3 the remoting or HTTP port is already in use.
            """)
        {
            config, dataDir, port, httpPort, httpBind, hostname, publicHostname, seeds, discovery, discoveryService, discoveryEndpoints, requiredContactPoints, discoveryPortName, contactPointHost, postgres, postgresFile, tokenFile, tlsCert, tlsKey, tlsPasswordFile, remoteTlsCert, remoteTlsKey, remoteTlsCa, remoteTlsPasswordFile, metricsNeedKey, insecureHttp, allowedHosts, rateLimit, noPaper, replaySpeed, metricsAccounts, logFormat, alertWebhooks,
        };
        command.SetAction(async (parse, ct) =>
        {
            NodeOptions options;
            try
            {
                options = NodeConfiguration.Load(parse.GetValue(config));
                options.DataDir = parse.GetValue(dataDir) ?? options.DataDir;
                options.Port = parse.GetValue(port) ?? options.Port;
                options.HttpPort = parse.GetValue(httpPort) ?? options.HttpPort;
                options.HttpBind = parse.GetValue(httpBind) ?? options.HttpBind;
                options.Hostname = parse.GetValue(hostname) ?? options.Hostname;
                options.PublicHostname = parse.GetValue(publicHostname) ?? options.PublicHostname;
                options.Seeds = parse.GetValue(seeds) ?? options.Seeds;
                options.Discovery = parse.GetValue(discovery) ?? options.Discovery;
                options.DiscoveryService = parse.GetValue(discoveryService) ?? options.DiscoveryService;
                options.DiscoveryEndpoints = parse.GetValue(discoveryEndpoints) ?? options.DiscoveryEndpoints;
                options.RequiredContactPoints = parse.GetValue(requiredContactPoints) ?? options.RequiredContactPoints;
                options.DiscoveryPortName = parse.GetValue(discoveryPortName) ?? options.DiscoveryPortName;
                options.ContactPointHost = parse.GetValue(contactPointHost) ?? options.ContactPointHost;
                options.Postgres = PostgresFrom(parse.GetValue(postgres), parse.GetValue(postgresFile)) ?? options.Postgres;
                options.AdminTokenFile = parse.GetValue(tokenFile) ?? options.AdminTokenFile;
                options.TlsCert = parse.GetValue(tlsCert) ?? options.TlsCert;
                options.TlsKey = parse.GetValue(tlsKey) ?? options.TlsKey;
                options.TlsPasswordFile = parse.GetValue(tlsPasswordFile) ?? options.TlsPasswordFile;
                options.RemoteTlsCert = parse.GetValue(remoteTlsCert) ?? options.RemoteTlsCert;
                options.RemoteTlsKey = parse.GetValue(remoteTlsKey) ?? options.RemoteTlsKey;
                options.RemoteTlsCa = parse.GetValue(remoteTlsCa) ?? options.RemoteTlsCa;
                options.RemoteTlsPasswordFile = parse.GetValue(remoteTlsPasswordFile) ?? options.RemoteTlsPasswordFile;
                options.MetricsNeedKey = options.MetricsNeedKey || parse.GetValue(metricsNeedKey);
                options.InsecureHttp = options.InsecureHttp || parse.GetValue(insecureHttp);
                options.AllowedHosts = parse.GetValue(allowedHosts) ?? options.AllowedHosts;
                options.RateLimit = parse.GetValue(rateLimit) ?? options.RateLimit;
                options.Paper = options.Paper && !parse.GetValue(noPaper);
                options.ReplaySpeed = parse.GetValue(replaySpeed) ?? options.ReplaySpeed;
                options.MetricsAccounts = parse.GetValue(metricsAccounts) ?? options.MetricsAccounts;
                options.LogFormat = parse.GetValue(logFormat) ?? options.LogFormat;
                options.AlertWebhooks = parse.GetValue(alertWebhooks) ?? options.AlertWebhooks;
                return await NodeRunner.RunAsync(options, ct);
            }
            catch (OptionsException e)
            {
                Console.Error.WriteLine($"hive node: {e.Message}");
                return 2;
            }
        });
        return command;
    }

    /// <summary>The connection string from <c>--postgres-file</c>, else from <c>--postgres</c>, which may not hold a password: flags
    /// show in <c>ps</c> to every user of the machine.</summary>
    private static string? PostgresFrom(string? flag, string? file)
    {
        if (file is not null)
            return File.Exists(file) ? File.ReadAllText(file).Trim() : throw new OptionsException($"--postgres-file {file}: no such file");
        if (flag is null) return null;
        Npgsql.NpgsqlConnectionStringBuilder parsed;
        try
        {
            parsed = new Npgsql.NpgsqlConnectionStringBuilder(flag);
        }
        catch (ArgumentException e)
        {
            throw new OptionsException($"--postgres is not a PostgreSQL connection string: {e.Message}");
        }
        return string.IsNullOrEmpty(parsed.Password) ? flag
            : throw new OptionsException("--postgres holds a password, and a flag shows in ps to every user of this machine: " +
                                         "give the connection string in HIVE__POSTGRES or in a file with --postgres-file");
    }

    /// <summary>The remoting TLS flags, named and described by <see cref="RemoteTlsOptions"/> as the lighthouse reads them.</summary>
    private static (Option<string?> Cert, Option<string?> Key, Option<string?> Ca, Option<string?> PasswordFile) RemoteTlsFlags()
    {
        var options = RemoteTlsOptions.Flags.Select(f => new Option<string?>(f.Name) { Description = f.Description }).ToList();
        return (options[0], options[1], options[2], options[3]);
    }
}
