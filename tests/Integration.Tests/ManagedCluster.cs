using System.Text.Json;
using Hive.Cluster.Drills;
using Hive.Core.Drills;
using Hive.TestSupport;

namespace Hive.Integration.Tests;

/// <summary>
/// Three real <c>hive node</c> processes on one SQLite journal (the drills' harness) and the lighthouse they joined through,
/// shared by the specs of <see cref="ClusterManagementSpecs"/>, with accounts open on them. The split-brain resolver's stable-after is an hour, so
/// an unreachable member stays until a spec downs it with <c>hive ctl</c>. A spec that changes membership does it with a
/// node of its own (<see cref="DrillNodes.Add"/>) and leaves the three as they were.
/// </summary>
public sealed class ManagedCluster : IAsyncLifetime
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly string _work = Directory.CreateTempSubdirectory("hive-mgmt-").FullName;
    private int _accounts;

    public DrillNodes Nodes { get; private set; } = null!;

    /// <summary>The three nodes the cluster started with (the specs' own come and go).</summary>
    public IReadOnlyList<DrillNode> Core => Nodes.All.Take(3).ToList();

    /// <summary>The accounts opened at start.</summary>
    public IReadOnlyList<string> Accounts { get; private set; } = [];

    /// <summary>A file with the admin key, for <c>hive ctl --token-file</c>.</summary>
    public string TokenFile => Path.Combine(_work, "admin.key");

    public async Task InitializeAsync()
    {
        var token = Convert.ToHexString(Guid.NewGuid().ToByteArray()).ToLowerInvariant();
        await File.WriteAllTextAsync(TokenFile, token);
        Nodes = new DrillNodes(_work, token, postgres: null, settings: new Dictionary<string, string> { ["HIVE__STABLEAFTERSECONDS"] = "3600" });
        await Nodes.StartAsync(3, TimeSpan.FromSeconds(120), CancellationToken.None, lighthouse: LighthouseAssembly());
        var accounts = new List<string>();
        for (var i = 0; i < 12; i++) accounts.Add(await OpenAccountAsync(Nodes.All[0]));
        Accounts = accounts;
    }

    /// <summary>The lighthouse built for this test run (same configuration and framework as this folder's).</summary>
    private static string LighthouseAssembly()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        return RepositoryRoot.Combine("src", "Lighthouse", "bin", output.Parent!.Name, output.Name, "Hive.Lighthouse.dll");
    }

    /// <summary>Opens a fresh cash account through <paramref name="node"/> (retrying while its shard starts), answering its id.</summary>
    public async Task<string> OpenAccountAsync(DrillNode node)
    {
        var id = $"mgmt-{Interlocked.Increment(ref _accounts)}";
        string? last = null;
        await WaitAsync(async () =>
        {
            (var outcome, last) = await DrillClient.PostAsync(node, $"api/accounts/{id}/open", new { type = "cash" }, CancellationToken.None);
            return outcome == DrillOutcome.Ok;
        }, $"account {id} opened through {node.Name}", () => last);
        return id;
    }

    /// <summary>The members <paramref name="node"/> sees, by address.</summary>
    public static async Task<IReadOnlyDictionary<string, (string Status, bool Reachable)>> MembersAsync(DrillNode node)
    {
        using var doc = JsonDocument.Parse(await node.Http.GetStringAsync("api/cluster/members"));
        return doc.RootElement.GetProperty("members").EnumerateArray().ToDictionary(m => m.GetProperty("address").GetString()!,
            m => (m.GetProperty("status").GetString()!, m.GetProperty("reachable").GetBoolean()));
    }

    /// <summary>Polls <paramref name="condition"/> every 200 ms for <see cref="Patience"/>; a timeout names what was awaited
    /// and the last thing <paramref name="last"/> saw.</summary>
    public static async Task WaitAsync(Func<Task<bool>> condition, string what, Func<object?>? last = null)
    {
        try
        {
            await DrillNodes.WaitAsync(condition, Patience, what, CancellationToken.None);
        }
        catch (TimeoutException e) when (last is not null)
        {
            throw new TimeoutException($"{e.Message}; last seen: {last()}", e);
        }
    }

    public Task DisposeAsync()
    {
        Nodes.Dispose();
        Directory.Delete(_work, recursive: true);
        return Task.CompletedTask;
    }
}
