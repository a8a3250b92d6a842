using Spectre.Console;

namespace Hive.Cluster.Commands;

/// <summary>
/// The console every `hive` verb writes its tables through. Output that is not a terminal (a pipe, a file, a test's
/// writer) has no width, and Spectre would then wrap tables at 80 columns, cutting rows a script or `grep` needs
/// whole; there the width is <see cref="RedirectedWidth"/>, wide enough that no row wraps, unless COLUMNS says
/// otherwise. A terminal keeps its own width.
/// </summary>
public static class CliConsole
{
    public const int RedirectedWidth = 1000;

    public static IAnsiConsole For(TextWriter output)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        if (!IsTerminal(output)) console.Profile.Width = Width;
        return console;
    }

    /// <summary>True when <paramref name="output"/> is the process's stdout and that is a terminal (progress bars need one).</summary>
    public static bool IsTerminal(TextWriter output) => ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;

    private static int Width => int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), out var columns) && columns > 0 ? columns : RedirectedWidth;
}
