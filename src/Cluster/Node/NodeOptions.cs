namespace Hive.Cluster.Node;

/// <summary>
/// Every setting of `hive node`. Read from appsettings.json (section <c>Hive</c>), then environment
/// variables <c>HIVE__&lt;NAME&gt;</c> (e.g. <c>HIVE__PORT=5054</c>), then command-line flags.
/// </summary>
public sealed class NodeOptions
{
    /// <summary>The SQLite journal's file in <see cref="DataDir"/>.</summary>
    public const string JournalFileName = "hive.db";

    /// <summary>Actor system name; every node of one cluster must use the same.</summary>
    public string SystemName { get; set; } = "hive";

    /// <summary>Address remoting binds to.</summary>
    public string Hostname { get; set; } = "127.0.0.1";

    /// <summary>Address other nodes use to reach this one (containers, NAT); defaults to Hostname.</summary>
    public string? PublicHostname { get; set; }

    /// <summary>Akka remoting port (nodes from 5053, lighthouses 4053).</summary>
    public int Port { get; set; } = 5053;

    /// <summary>HTTP port for status endpoints, the API and `hive ctl`.</summary>
    public int HttpPort { get; set; } = 5080;

    /// <summary>Address the HTTP server binds to; 127.0.0.1 keeps it private to the machine.</summary>
    public string HttpBind { get; set; } = "127.0.0.1";

    /// <summary>Seed nodes, comma-separated host:port or full akka.tcp:// addresses; empty = be your own seed.</summary>
    public string Seeds { get; set; } = "";

    /// <summary>How the node finds its cluster: <c>seeds</c> (<see cref="Seeds"/>, the default), <c>config</c> (cluster bootstrap over
    /// <see cref="DiscoveryEndpoints"/>) or <c>kubernetes</c> (cluster bootstrap over the pods labelled
    /// <c>app=</c><see cref="DiscoveryService"/>).</summary>
    public string Discovery { get; set; } = "seeds";

    /// <summary>The service discovery looks up: the pods' <c>app</c> label on Kubernetes, the name of the config method's list.</summary>
    public string DiscoveryService { get; set; } = "hive-node";

    /// <summary>With <c>--discovery config</c>: every contact point, comma-separated <c>host:port</c> of each node's HTTP server,
    /// this node's own among them.</summary>
    public string? DiscoveryEndpoints { get; set; }

    /// <summary>Contact points that must answer before the one with the lowest address forms a new cluster; set it to the
    /// number of nodes started together (the StatefulSet's replicas).</summary>
    public int RequiredContactPoints { get; set; } = 2;

    /// <summary>With <c>--discovery kubernetes</c>: the name of the container port that is each pod's contact point (its HTTP port).</summary>
    public string DiscoveryPortName { get; set; } = "http";

    /// <summary>The host this node's contact point is listed under in discovery (the pod IP on Kubernetes); defaults to
    /// <see cref="PublicHostname"/>, else <see cref="Hostname"/>.</summary>
    public string? ContactPointHost { get; set; }

    /// <summary>Folder for the SQLite journal, the admin token and the market-data lake.</summary>
    public string DataDir { get; set; } = "data";

    /// <summary>PostgreSQL connection string; when set the journal and snapshots live there instead of SQLite.</summary>
    public string? Postgres { get; set; }

    /// <summary>The bootstrap admin key (an admin that exists before any user): from HIVE__ADMINTOKEN, or read from
    /// <see cref="AdminTokenFile"/>, else generated into DATA_DIR/admin.token. Never a command-line flag: flags show in
    /// <c>ps</c> to every user of the machine.</summary>
    public string? AdminToken { get; set; }

    /// <summary>A file holding the bootstrap admin key (<c>--admin-token-file</c>), e.g. a mounted secret.</summary>
    public string? AdminTokenFile { get; set; }

    /// <summary>Requests a second each user key may send (token bucket, bursts as large); 0 = unlimited. The bootstrap admin
    /// key is never limited.</summary>
    public int RateLimit { get; set; } = 100;

    /// <summary>Host names the HTTP server answers to (comma-separated, <c>*</c> = any). Default: when bound to loopback, only
    /// localhost, 127.0.0.1 and [::1], so a web page whose DNS name was rebound to 127.0.0.1 cannot talk to the node; bound
    /// beyond loopback, any (set it to the names clients use).</summary>
    public string? AllowedHosts { get; set; }

    /// <summary>Allow plain HTTP on an address beyond loopback (keys would cross the network in clear): only behind a
    /// TLS-terminating proxy or on a private network you trust.</summary>
    public bool InsecureHttp { get; set; }

    /// <summary>The HTTP server's certificate (<c>--tls-cert</c>): PEM (with <see cref="TlsKey"/>, or the key in the same file) or
    /// PKCS#12 (.pfx). Set, the node serves HTTPS only and may bind beyond loopback without <see cref="InsecureHttp"/>.</summary>
    public string? TlsCert { get; set; }

    /// <summary>The PEM private key of <see cref="TlsCert"/> (<c>--tls-key</c>), when it is not in the certificate's file.</summary>
    public string? TlsKey { get; set; }

    /// <summary>The password of an encrypted PEM key or a PKCS#12 file: HIVE__TLSPASSWORD, never a flag (flags show in <c>ps</c>).</summary>
    public string? TlsPassword { get; set; }

    /// <summary>A file holding <see cref="TlsPassword"/> (<c>--tls-password-file</c>), e.g. a mounted secret.</summary>
    public string? TlsPasswordFile { get; set; }

    /// <summary>This node's remoting certificate (<c>--remote-tls-cert</c>), PEM or PKCS#12, signed by <see cref="RemoteTlsCa"/>.
    /// Set, remoting runs over TLS with mutual authentication (<c>akka.ssl.tcp</c> addresses): only nodes presenting a
    /// certificate of the cluster's CA can connect, so only they can join.</summary>
    public string? RemoteTlsCert { get; set; }

    /// <summary>The PEM private key of <see cref="RemoteTlsCert"/> (<c>--remote-tls-key</c>), when not in the certificate's file.</summary>
    public string? RemoteTlsKey { get; set; }

    /// <summary>The cluster's CA certificate (<c>--remote-tls-ca</c>, PEM): a peer's certificate must chain to it.</summary>
    public string? RemoteTlsCa { get; set; }

    /// <summary>The password of <see cref="RemoteTlsCert"/>'s PKCS#12 file or encrypted key: HIVE__REMOTETLSPASSWORD, never a flag.</summary>
    public string? RemoteTlsPassword { get; set; }

    /// <summary>A file holding <see cref="RemoteTlsPassword"/> (<c>--remote-tls-password-file</c>).</summary>
    public string? RemoteTlsPasswordFile { get; set; }

    /// <summary>Whether <c>/metrics</c> needs a key (any role); open by default for Prometheus on a private network.</summary>
    public bool MetricsNeedKey { get; set; }

    /// <summary>Import the bundled sample market data into DATA_DIR/lake on start (skipped when already there).</summary>
    public bool ImportSamples { get; set; } = true;

    /// <summary>Run the paper-trading demo: a demo account, SMA-cross strategies on SIM:SPX and SIMX:BTC-USDT, and a
    /// replay of the sample data through the venues (needs <see cref="ImportSamples"/>).</summary>
    public bool Paper { get; set; } = true;

    /// <summary>Replay speed of the demo, in bars per second per instrument; 0 replays as fast as the venues take them.</summary>
    public double ReplaySpeed { get; set; } = 20;

    /// <summary>Accounts whose equity and trading state <c>/metrics</c> exports, comma-separated; unset = the demo account
    /// when the paper demo runs (Paper and ImportSamples), else none. Listed, not all: a series per account would grow with every account opened.</summary>
    public string? MetricsAccounts { get; set; }

    /// <summary>Webhooks told of halts, trading-state changes and lost nodes: comma-separated <c>format=url</c> entries,
    /// format <c>json</c>, <c>slack</c> or <c>telegram</c> (whose URL carries <c>?chat_id=</c>). Empty = none.</summary>
    public string? AlertWebhooks { get; set; }

    /// <summary>Log lines as <c>text</c> (one readable line each) or <c>json</c> (one JSON object each, with the order,
    /// account, strategy and instrument ids a line is about as fields), on stdout.</summary>
    public string LogFormat { get; set; } = "text";

    /// <summary>Entities snapshot after this many events.</summary>
    public int SnapshotEvery { get; set; } = 100;

    /// <summary>Idle entities that may rest are passivated after this many seconds.</summary>
    public int PassivateAfterSeconds { get; set; } = 120;

    /// <summary>Shards per region; keep it about 10 × the largest node count you expect.</summary>
    public int Shards { get; set; } = 30;

    /// <summary>Failure detector: seconds of missing heartbeats before a node is unreachable.</summary>
    public double HeartbeatPauseSeconds { get; set; } = 3;

    /// <summary>Split-brain resolver: seconds of stable membership before unreachable nodes are downed.</summary>
    public double StableAfterSeconds { get; set; } = 2;
}
