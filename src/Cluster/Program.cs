using System.CommandLine;
using Hive.Cluster.Commands;

namespace Hive.Cluster;

public static class Program
{
    public static Task<int> Main(string[] args) => BuildRoot().Parse(args).InvokeAsync();

    /// <summary>
    /// The `hive` command tree. Each verb group lives in its own file under Commands/ and
    /// exposes a static <c>Create()</c>; add new verbs to the list below.
    /// </summary>
    public static RootCommand BuildRoot()
    {
        var root = new RootCommand("Hive: an actor-model, fault-tolerant trading cluster on Akka.NET.");
        Command[] verbs =
        [
            // verb groups (one line each)
        ];
        foreach (var verb in verbs) root.Subcommands.Add(verb);
        return root;
    }
}
