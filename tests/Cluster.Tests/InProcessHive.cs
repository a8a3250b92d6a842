using System.CommandLine;

namespace Hive.Cluster.Tests;

/// <summary>Runs a `hive` command line in the test process (the same command tree as the executable) with its output captured.</summary>
public static class InProcessHive
{
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await Program.InvokeAsync(args, new InvocationConfiguration { Output = stdout, Error = stderr });
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
