using Hive.Actors.Hosting;
using Hive.Cluster.Node;

namespace Hive.Cluster.Tests;

public sealed class NodeOptionsSpecs
{
    [Fact]
    public void No_seeds_means_the_node_is_its_own_seed_on_sqlite_under_the_data_dir()
    {
        var settings = NodeSettingsFactory.Create(new NodeOptions { DataDir = "somewhere", Port = 6001 });

        Assert.Empty(settings.Seeds);
        Assert.Equal(JournalProvider.Sqlite, settings.Journal);
        Assert.Equal($"Data Source={Path.Combine(Path.GetFullPath("somewhere"), "hive.db")}", settings.JournalConnectionString);
        Assert.Contains("seed-nodes = [\"akka.tcp://hive@127.0.0.1:6001\"]", HiveHocon.Build(settings));
    }

    [Fact]
    public void Seeds_accept_host_port_and_full_addresses_and_postgres_replaces_sqlite()
    {
        var settings = NodeSettingsFactory.Create(new NodeOptions
        {
            Seeds = "10.0.0.5:4053, akka.tcp://hive@10.0.0.6:4053",
            Postgres = "Host=db;Database=hive",
        });

        Assert.Equal(["akka.tcp://hive@10.0.0.5:4053", "akka.tcp://hive@10.0.0.6:4053"], settings.Seeds);
        Assert.Equal(JournalProvider.PostgreSql, settings.Journal);
        Assert.Equal("Host=db;Database=hive", settings.JournalConnectionString);
    }

    [Theory]
    [InlineData("port", "--port must be 0-65535")]
    [InlineData("seed", "seed 'db-without-port'")]
    [InlineData("snapshot", "SnapshotEvery must be at least 1")]
    [InlineData("system", "SystemName 'hive cluster'")]
    public void Invalid_settings_are_refused_with_the_setting_named(string which, string message)
    {
        var options = which switch
        {
            "port" => new NodeOptions { Port = 70000 },
            "seed" => new NodeOptions { Seeds = "db-without-port" },
            "snapshot" => new NodeOptions { SnapshotEvery = 0 },
            _ => new NodeOptions { SystemName = "hive cluster" },
        };

        var error = Assert.Throws<OptionsException>(() => NodeSettingsFactory.Create(options));

        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Environment_variables_override_appsettings()
    {
        Environment.SetEnvironmentVariable("HIVE__HTTPPORT", "5999");
        try
        {
            Assert.Equal(5999, NodeConfiguration.Load(null).HttpPort);
        }
        finally
        {
            Environment.SetEnvironmentVariable("HIVE__HTTPPORT", null);
        }
    }

    [Fact]
    public void Lighthouse_reads_the_petabridge_style_environment()
    {
        var env = new Dictionary<string, string>
        {
            ["CLUSTER_IP"] = "10.1.2.3", ["CLUSTER_PORT"] = "4100", ["CLUSTER_SEEDS"] = "akka.tcp://prod@10.1.2.4:4053", ["ACTORSYSTEM"] = "prod",
        };

        var settings = LighthouseSettings.FromEnvironment(k => env.GetValueOrDefault(k));

        Assert.Equal("akka.tcp://prod@10.1.2.3:4100", settings.SelfAddress);
        Assert.Equal(["lighthouse"], settings.Roles);
        Assert.False(settings.HostsEntities);
        Assert.Equal(["akka.tcp://prod@10.1.2.4:4053"], settings.Seeds);
        Assert.Equal((TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(2)), (settings.AcceptableHeartbeatPause, settings.StableAfter));
        Assert.Throws<ArgumentException>(() => LighthouseSettings.FromEnvironment(k => k == "CLUSTER_PORT" ? "port" : null));
    }

    [Fact]
    public void Lighthouse_waits_as_long_as_the_nodes_before_it_calls_a_member_unreachable_or_downs_it()
    {
        var env = new Dictionary<string, string> { ["HIVE__HEARTBEATPAUSESECONDS"] = "4.5", ["HIVE__STABLEAFTERSECONDS"] = "20" };

        var settings = LighthouseSettings.FromEnvironment(k => env.GetValueOrDefault(k));

        Assert.Equal((TimeSpan.FromSeconds(4.5), TimeSpan.FromSeconds(20)), (settings.AcceptableHeartbeatPause, settings.StableAfter));
        var wrong = Assert.Throws<ArgumentException>(() => LighthouseSettings.FromEnvironment(k => k == "HIVE__STABLEAFTERSECONDS" ? "-1" : null));
        Assert.Contains("HIVE__STABLEAFTERSECONDS '-1'", wrong.Message);
    }
}
