using System.CommandLine;
using Hive.Core.Strategies;
using Spectre.Console;

namespace Hive.Cluster.Commands;

/// <summary><c>hive strategies list</c> and <c>hive strategies show &lt;name&gt;</c>: the catalog, from <see cref="StrategyCatalog.Descriptors"/>.</summary>
public static class StrategiesCommand
{
    public static Command Create()
    {
        var command = new Command("strategies", "The strategy catalog: names, rules, parameters and defaults");
        var list = new Command("list", "Every catalog strategy with its summary");
        list.SetAction(parse =>
        {
            var output = Console(parse);
            var table = new Table().AddColumn("name").AddColumn("summary");
            foreach (var d in StrategyCatalog.Descriptors) table.AddRow(Markup.Escape(d.Name), Markup.Escape(d.Summary));
            output.Write(table);
            output.MarkupLine($"[grey]{StrategyCatalog.Descriptors.Count} strategies; `hive strategies show <name>` for rules and parameters[/]");
            return 0;
        });
        var name = new Argument<string>("name") { Description = "Catalog name, e.g. sma-cross" };
        var show = new Command("show", "A strategy's rules and parameters with defaults");
        show.Arguments.Add(name);
        show.SetAction(parse =>
        {
            StrategyDescriptor descriptor;
            try
            {
                descriptor = StrategyCatalog.Describe(parse.GetValue(name)!);
            }
            catch (ArgumentException e)
            {
                parse.InvocationConfiguration.Error.WriteLine($"error: {e.Message}");
                return 2;
            }
            var output = Console(parse);
            output.MarkupLine($"[bold]{Markup.Escape(descriptor.Name)}[/]: {Markup.Escape(descriptor.Summary)}");
            output.WriteLine();
            output.WriteLine(descriptor.Rules);
            output.WriteLine();
            var table = new Table().AddColumn("parameter").AddColumn("default").AddColumn("meaning");
            foreach (var p in descriptor.Parameters)
                table.AddRow(Markup.Escape(p.Name), Markup.Escape(p.Default is null ? "(required)" : p.Default.Length == 0 ? "(none)" : p.Default), Markup.Escape(p.Description));
            output.Write(table);
            return 0;
        });
        command.Subcommands.Add(list);
        command.Subcommands.Add(show);
        return command;
    }

    private static IAnsiConsole Console(ParseResult parse) => CliConsole.For(parse.InvocationConfiguration.Output);
}
