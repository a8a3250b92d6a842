using System.CommandLine;

namespace Hive.Cluster.Tests;

/// <summary>Runs a `hive` command line in the test process (the same command tree as the executable) with its output captured.</summary>
public static class InProcessHive
{
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        var (exit, stderr) = await RunAsync(args, stdout, CancellationToken.None);
        return (exit, stdout.ToString(), stderr);
    }

    /// <summary>Runs a command line that streams (`hive ctl cluster tail`) until <paramref name="ct"/> fires, as Ctrl+C
    /// would; its output goes to <paramref name="stdout"/> as it comes.</summary>
    public static async Task<(int ExitCode, string Stderr)> RunAsync(string[] args, TextWriter stdout, CancellationToken ct)
    {
        using var stderr = new StringWriter();
        var exit = await Program.InvokeAsync(args, new InvocationConfiguration { Output = stdout, Error = stderr }, ct);
        return (exit, stderr.ToString());
    }
}
