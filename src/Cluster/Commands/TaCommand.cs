using System.CommandLine;
using Hive.Indicators.Cli;

namespace Hive.Cluster.Commands;

/// <summary>
/// <c>hive ta list</c> and <c>hive ta compute</c>: the TA-Lib function catalogue and batch computation over a
/// CSV of bars. The work is done by <see cref="TaCli"/> in Hive.Indicators; this file only wires options.
/// </summary>
public static class TaCommand
{
    public static Command Create()
    {
        var ta = new Command("ta", "Technical analysis: list the TA-Lib functions or compute one over a CSV of bars.");
        ta.Subcommands.Add(CreateList());
        ta.Subcommands.Add(CreateCompute());
        return ta;
    }

    private static Command CreateList()
    {
        var group = new Option<string?>("--group") { Description = "Only functions whose group contains this text (e.g. Momentum)." };
        var json = new Option<bool>("--json") { Description = "Write the catalogue as JSON (inputs, parameters with ranges, outputs, lookback)." };
        var list = new Command("list", "List every function with its group, hint and default parameters.");
        list.Options.Add(group);
        list.Options.Add(json);
        list.SetAction(parse => TaCli.List(Console.Out, Console.Error, parse.GetValue(group), parse.GetValue(json)));
        return list;
    }

    private static Command CreateCompute()
    {
        var function = new Argument<string>("function") { Description = "TA-Lib function name, e.g. RSI or CDLDOJI." };
        var input = new Option<string>("--input") { Description = "CSV with header date,open,high,low,close,volume.", Required = true };
        var parameters = new Option<string[]>("--param")
        {
            Description = "A parameter as name=value, repeatable (e.g. --param optInTimePeriod=20 --param optInMAType=EMA).",
            DefaultValueFactory = _ => [],
        };
        var output = new Option<string?>("--output") { Description = "Write the CSV here instead of standard output." };
        var compute = new Command("compute", "Compute one function over a CSV of bars; writes date plus one column per output.");
        compute.Arguments.Add(function);
        compute.Options.Add(input);
        compute.Options.Add(parameters);
        compute.Options.Add(output);
        compute.SetAction(parse => TaCli.Compute(Console.Out, Console.Error, parse.GetValue(function)!, parse.GetValue(input)!,
            parse.GetValue(parameters) ?? [], parse.GetValue(output)));
        return compute;
    }
}
