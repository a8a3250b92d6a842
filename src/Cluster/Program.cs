using System.CommandLine;
using Hive.Cluster.Commands;

namespace Hive.Cluster;

public static class Program
{
    public static Task<int> Main(string[] args)
    {
        // Verbs that write through Spectre's shared console get the same width rule as the others when piped.
        if (Console.IsOutputRedirected) Spectre.Console.AnsiConsole.Console = CliConsole.For(Console.Out);
        return InvokeAsync(args);
    }

    /// <summary>Parses and runs a command line; <paramref name="invocation"/> redirects output (tests run `hive ctl` in-process).
    /// A `hive ctl` command line that does not parse exits with <see cref="Ctl.CtlExit.Usage"/>; a value of the wrong kind is
    /// reported in plain words (<see cref="PlainParseErrors"/>).</summary>
    public static async Task<int> InvokeAsync(string[] args, InvocationConfiguration? invocation = null, CancellationToken cancellationToken = default)
    {
        var parse = BuildRoot().Parse(NormalizeArgs(args));
        int exit;
        if (PlainParseErrors.Describe(parse) is { } errors)
        {
            var error = invocation?.Error ?? Console.Error;
            foreach (var line in errors) await error.WriteLineAsync(line);
            exit = 1;
        }
        else
        {
            exit = await parse.InvokeAsync(invocation, cancellationToken);
        }
        return parse.Errors.Count > 0 && CtlCommand.IsCtl(parse) ? Ctl.CtlExit.Usage : exit;
    }

    /// <summary>`hive` alone (or `hive --port 5054`) runs a node; `hive ctl host:port ...` (and `hive admin host:port ...`) moves the address into --node.</summary>
    public static string[] NormalizeArgs(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-') && args[0] is not ("-h" or "--help" or "-?" or "--version"))
            return ["node", .. args];
        return CtlCommand.NormalizeArgs(args);
    }

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
            NodeCommand.Create(),
            CtlCommand.Create(),
            AdminCommand.Create(),
            AuditCommand.Create(),
            DataCommand.Create(),
            SqlCommand.Create(),
            TaCommand.Create(),
            BacktestCommand.Create(),
            RiskCommand.Create(),
            DrillCommand.Create(),
            ExecutionCommand.Create(),
            PortfolioCommand.Create(),
            StrategiesCommand.Create(),
            SurveillanceCommand.Create(),
            ReportCommand.Create(),
            CertCommand.Create(),
        ];
        foreach (var verb in verbs) root.Subcommands.Add(verb);
        return root;
    }
}
